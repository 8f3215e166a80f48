import { describe, expect, it } from 'vitest';
import { complaintPrintPath, filePath, reportPath, reportPrintPath } from './paths';

describe('the addresses of the documents', () => {
  it('carry a chosen Spanish document language, so printing and coming back keep it', () => {
    expect(complaintPrintPath('a b', 'es')).toBe('/happened/complaint/print?id=a%20b&doc=es');
    expect(filePath('x', 'es')).toBe('/happened/complaint/file?id=x&doc=es');
    expect(reportPrintPath('es')).toBe('/happened/report/print?doc=es');
    expect(reportPath('es')).toBe('/happened/report?doc=es');
  });

  it('leave English, the default, out of the address', () => {
    expect(complaintPrintPath('x', 'en')).toBe('/happened/complaint/print?id=x');
    expect(filePath('x')).toBe('/happened/complaint/file?id=x');
    expect(reportPrintPath('en')).toBe('/happened/report/print');
    expect(reportPath()).toBe('/happened/report');
  });
});
