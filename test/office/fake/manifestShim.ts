// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose own
// dependencies include ESM-only packages Jest cannot require; under Jest, supply the enum.
// (Plain Node, as used by scripts/bench-office.ts, loads the real package.)
if (typeof jest !== 'undefined') {
  jest.doMock('office-addin-manifest', () => ({
    OfficeApp: {
      Excel: 'excel',
      OneNote: 'onenote',
      Outlook: 'outlook',
      PowerPoint: 'powerpoint',
      Project: 'project',
      Word: 'word',
    },
  }));
}

export {};
