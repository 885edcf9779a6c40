import { render } from 'preact';

function Popup() {
  return <main><h1>Recert Copilot</h1></main>;
}

render(<Popup />, document.getElementById('app')!);
