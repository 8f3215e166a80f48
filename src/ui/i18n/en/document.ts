/**
 * The few words Terrarium writes around an exported document. They follow the
 * document's language, which a person chooses apart from the page's, so they
 * ship in both languages without the rest of part 6's sentences.
 */
export const reportTitle = 'Evidence report';

export const documentWords = {
  footerComplaint: 'Complaint',
  footerReport: 'Evidence report',
  page: (page: number, pages: number): string => `Page ${page} of ${pages}`,
  substitutionNote:
    'Some characters could not be drawn in this PDF. They are written here as their names in [brackets]. The plain-text and printable versions keep them exactly.',
  /** The start of the files' names; the day is added after it. */
  fileComplaint: 'complaint',
  fileReport: 'evidence-report',
};
