import { render } from 'preact';

function Popup() {
  return <main data-testid="popup">年报助手</main>;
}

render(<Popup />, document.getElementById('app')!);
