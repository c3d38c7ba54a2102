/** Register a custom element once (the panel's module may be loaded again after an update). */
export const define = (name: string, element: CustomElementConstructor): void => {
  if (!customElements.get(name)) customElements.define(name, element);
};
