import { registerLibraryHandlers } from '../src/background/library';
import { registerPageHandlers } from '../src/background/page';

// The background owns IndexedDB, the toolbar badge and the context menu.
export default defineBackground(() => {
  registerPageHandlers();
  registerLibraryHandlers();
});
