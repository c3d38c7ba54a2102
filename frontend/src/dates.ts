/**
 * Night labels ("YYYY-MM-DD", the evening's date) as calendar dates.
 *
 * Arithmetic works on day numbers of the proleptic Gregorian calendar, never on instants, so
 * no time zone or daylight-saving change can shift a night. Only formatting builds a `Date`,
 * at local noon of that calendar date.
 */

export interface CalendarDate {
  year: number;
  month: number; // 1-12
  day: number; // 1-31
}

const NIGHT = /^(\d{4})-(\d{2})-(\d{2})$/;

export const isLeapYear = (year: number): boolean =>
  (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

export const daysInMonth = (year: number, month: number): number =>
  month === 2 ? (isLeapYear(year) ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;

export const parseNight = (night: string): CalendarDate => {
  const match = NIGHT.exec(night);
  const [year, month, day] = match ? match.slice(1).map(Number) : [];
  if (
    year === undefined ||
    month === undefined ||
    day === undefined ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month)
  ) {
    throw new RangeError(`Not a night label: ${night}`);
  }
  return { year, month, day };
};

const pad = (value: number, width: number): string => String(value).padStart(width, "0");

export const formatIso = ({ year, month, day }: CalendarDate): string =>
  `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;

/** Days since 1970-01-01 (Howard Hinnant's days_from_civil). */
export const dayNumber = (night: string): number => {
  const { year, month, day } = parseNight(night);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
};

/** The night label of a day number (Howard Hinnant's civil_from_days). */
export const fromDayNumber = (days: number): string => {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return formatIso({ year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day });
};

export const addNights = (night: string, count: number): string =>
  fromDayNumber(dayNumber(night) + count);

/** 0 = Sunday ... 6 = Saturday, as `Date.getDay()`. */
export const weekday = (night: string): number => (((dayNumber(night) + 4) % 7) + 7) % 7;

/** A local `Date` at noon of the night's evening, for `Intl.DateTimeFormat` only. */
export const localDate = (night: string): Date => {
  const { year, month, day } = parseNight(night);
  const date = new Date(2000, month - 1, day, 12);
  date.setFullYear(year);
  return date;
};

export const formatNight = (
  night: string,
  locale: string,
  options: Intl.DateTimeFormatOptions = { weekday: "short", day: "numeric", month: "short", year: "numeric" },
): string => new Intl.DateTimeFormat(locale, options).format(localDate(night));

/** Hour-cycle options following Home Assistant's time-format setting. */
export const hourOptions = (timeFormat: string | undefined): Intl.DateTimeFormatOptions =>
  timeFormat === "24" ? { hourCycle: "h23" } : timeFormat === "am_pm" ? { hour12: true } : {};

/**
 * A wall-clock time the server gives as "HH:MM" (a twitch's local time), written per locale and
 * Home Assistant's time-format setting; other text is returned as it is.
 */
export const formatClock = (clock: string, locale: string, timeFormat?: string): string => {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) return clock;
  const moment = new Date(Date.UTC(2000, 0, 1, Number(match[1]), Number(match[2])));
  return new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    timeZone: "UTC",
    ...hourOptions(timeFormat),
  }).format(moment);
};

/** A clock time ("22:30" style, per locale) of an ISO date-time; "" when unparsable. */
export const formatTime = (
  isoDateTime: string,
  locale: string,
  timeFormat?: string,
  timeZone?: string,
): string => {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return "";
  return new Intl.DateTimeFormat(locale, {
    hour: "numeric",
    minute: "2-digit",
    ...hourOptions(timeFormat),
    ...(timeZone ? { timeZone } : {}),
  }).format(date);
};
