/** Strings for back-room tasks in the waiting-area list (to move into the i18n catalogues). */
export const waitingWords = {
  task: 'Back-room task',
  taskWaiting: 'waiting in the back room',
};
