import { render } from 'preact';

function Library() {
  return <main data-testid="library">已保存的报告</main>;
}

render(<Library />, document.getElementById('app')!);
