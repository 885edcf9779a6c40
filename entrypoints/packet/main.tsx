import '../../components/theme.css';
import '../../components/pages.css';
import '../../components/plan.css';
import '../../components/packet.css';
import { render } from 'preact';
import { PacketApp } from '../../components/PacketApp';
import { RecertStore } from '../../lib/storage/store';

const personKey = new URLSearchParams(location.search).get('person');

render(<PacketApp store={new RecertStore()} personKey={personKey} />, document.getElementById('app')!);
