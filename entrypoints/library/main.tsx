import { render } from 'preact';
import { messagingApi } from '../../components/library/api';
import { openLibraryDeflater } from '../../components/library/deflater';
import { LibraryApp, type PersistState } from '../../components/library/LibraryApp';

// Ask the browser not to evict the library under storage pressure; show the answer.
async function persist(): Promise<PersistState> {
  try {
    if (!navigator.storage?.persist) return 'unknown';
    if (await navigator.storage.persisted()) return 'persistent';
    return (await navigator.storage.persist()) ? 'persistent' : 'best-effort';
  } catch {
    return 'unknown';
  }
}

render(<LibraryApp api={messagingApi} persist={persist} openDeflater={openLibraryDeflater} />, document.getElementById('app')!);
