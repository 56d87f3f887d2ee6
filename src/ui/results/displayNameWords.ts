/** The words of the class-board name field in "Download my results…" (to move into the i18n catalogues). */
export const displayNameWords = {
  label: 'Name on the class board (optional)',
  hint: 'If your instructor shows a class board, this is the only name it shows for you. A nickname is fine; leave it blank to stay off the board by name.',
};
