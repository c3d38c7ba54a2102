# Home Assistant 2026.10 and later install probatio under the name voluptuous, so the
# voluptuous that the integration imports at run time is probatio; type-check it as such.
from probatio import *  # noqa: F403
