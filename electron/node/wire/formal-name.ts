import type { XmlElement } from './xml-node';
/** The `FormalName` attribute NewsML 1.2 puts its values in; '' when absent. */
export const formalName = (element: XmlElement | null | undefined): string =>
  (element?.getAttribute('FormalName') ?? '').trim();
