/** Toolbar badge and context menu (in-page issue). */
export function registerPageHandlers(): void {}
