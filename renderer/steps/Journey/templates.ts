/**
 * The journey templates shipped in resources/templates/, bundled at build time. Adding a template
 * is adding a JSON file there; each is checked against the template schema as it loads.
 */
import { parseTemplate, type JourneyTemplate } from '../../../shared/domain/templates';

const files = import.meta.glob('../../../resources/templates/*.json', { eager: true, import: 'default' });

export const TEMPLATES: readonly JourneyTemplate[] = Object.values(files)
  .map((raw) => parseTemplate(raw))
  .sort((a, b) => a.name.localeCompare(b.name));
