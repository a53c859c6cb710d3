import { render } from 'preact';
import { messagingApi } from '../../components/library/api';
import { openLibraryDeflater } from '../../components/library/deflater';
import { LibraryApp } from '../../components/library/LibraryApp';
import { storageState } from '../../components/library/storage';

// Ask the browser not to evict the library under storage pressure; show the answer. Firefox asks
// the user with a prompt: only when the user clicks for it, not at every opening (adv55 #3).
const firefox = import.meta.env.FIREFOX;

render(
  <LibraryApp
    api={messagingApi}
    persist={() => storageState(!firefox)}
    askPersist={firefox ? () => storageState(true) : undefined}
    openDeflater={openLibraryDeflater}
  />,
  document.getElementById('app')!,
);
