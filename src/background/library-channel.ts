// The BroadcastChannel on which the background tells open library pages that the library changed
// (a page had kept listing rows another tab had deleted). Its own file: the page imports the name
// without the background's handlers.
export const LIBRARY_CHANGED_CHANNEL = 'gra-library-changed';
