/** IndexedDB-backed library handlers (library issue). */
export function registerLibraryHandlers(): void {}
