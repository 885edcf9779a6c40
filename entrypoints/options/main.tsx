import '../../components/theme.css';
import '../../components/pages.css';
import { render } from 'preact';
import { OptionsApp } from '../../components/OptionsApp';
import { RecertStore } from '../../lib/storage/store';

render(<OptionsApp store={new RecertStore()} />, document.getElementById('app')!);
