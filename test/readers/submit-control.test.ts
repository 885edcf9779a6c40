// One definition of the Submit Application control: the reader (is there one, is it enabled) and
// the highlighter (which element gets the outline) must agree, on visible controls only.
import { afterEach, describe, expect, it } from 'vitest';
import { findSubmitButton } from '../../lib/extension/highlight';
import { findSubmitControl, isSubmitWording } from '../../lib/readers/submit-control';
import { readHtml } from './load';

const URL = 'https://www.nremt.org/recertification-application';

function page(body: string): string {
  return `<!DOCTYPE html><html><head><title>Recertification Application</title>
    <style>.gone { display: none } .ghost { visibility: hidden }</style></head>
    <body><h1>Recertification Application</h1><p>Application Status: Not Submitted</p>${body}</body></html>`;
}

/** What the reader says and what the highlighter outlines, for one page. */
function both(body: string): { submitButton: boolean | undefined; enabled: boolean | undefined; outlined: string | null } {
  const snapshot = readHtml(page(body), URL);
  document.documentElement.innerHTML = page(body).replace(/^<!DOCTYPE html><html>|<\/html>$/g, '');
  const outlined = findSubmitButton(document);
  return {
    submitButton: snapshot.application?.submitButton,
    enabled: snapshot.application?.submitButtonEnabled,
    outlined: outlined ? `${outlined.tagName.toLowerCase()}#${outlined.id}` : null,
  };
}

afterEach(() => {
  document.documentElement.innerHTML = '<head></head><body></body>';
});

describe('the Submit Application control', () => {
  it('a hidden decoy link before the real button: the button is outlined and read, not the decoy', () => {
    for (const decoy of [
      '<a id="decoy" href="#" class="gone">Submit Application</a>',
      '<a id="decoy" href="#" style="display:none">Submit Application</a>',
      '<a id="decoy" href="#" hidden>Submit Application</a>',
      '<div aria-hidden="true"><a id="decoy" href="#">Submit Application</a></div>',
      '<a id="decoy" href="#" class="ghost">Submit Application</a>',
    ]) {
      expect(both(`${decoy}<button id="real" type="submit">Submit Application</button>`), decoy).toEqual({
        submitButton: true,
        enabled: true,
        outlined: 'button#real',
      });
    }
  });

  it('a hidden enabled copy does not make a disabled real button enabled', () => {
    expect(both('<button id="copy" class="gone">Submit Application</button><button id="real" disabled>Submit Application</button>')).toEqual({
      submitButton: true,
      enabled: false,
      outlined: 'button#real',
    });
    expect(both('<button id="real" aria-disabled="true">Submit Application</button>').enabled).toBe(false);
    expect(both('<fieldset disabled><button id="real">Submit Application</button></fieldset>').enabled).toBe(false);
  });

  it('a component kit’s button element (no button tag or role of its own) is seen by both', () => {
    expect(both('<sl-button id="real" variant="primary" type="submit">Submit Application</sl-button>')).toEqual({
      submitButton: true,
      enabled: true,
      outlined: 'sl-button#real',
    });
    expect(both('<md-filled-button id="real" disabled>Submit Application</md-filled-button>')).toMatchObject({ submitButton: true, enabled: false });
    expect(both('<a id="link" href="#">Submit Application</a><ion-button id="real">Submit Application</ion-button>').outlined).toBe('ion-button#real');
    expect(both('<sl-button id="x" class="gone">Submit Application</sl-button>').submitButton).not.toBe(true);
    expect(both('<my-buttons-bar id="bar">Submit Application</my-buttons-bar>').outlined).toBeNull();
  });

  it('only hidden controls: there is no control', () => {
    expect(both('<button id="x" class="gone">Submit Application</button><a id="y" hidden href="#">Submit Application</a>')).toEqual({
      submitButton: false,
      enabled: undefined,
      outlined: null,
    });
  });

  it('NREMT wording variants are seen by both', () => {
    expect(both('<button id="real">Submit Recertification Application</button>')).toEqual({ submitButton: true, enabled: true, outlined: 'button#real' });
    expect(both('<input id="real" type="submit" value="Submit Your Application">')).toEqual({ submitButton: true, enabled: true, outlined: 'input#real' });
    expect(both('<button id="real">Submit Application Fee</button>')).toEqual({ submitButton: false, enabled: undefined, outlined: null });
  });

  it('a link styled as a button counts, and a real button wins over a link', () => {
    expect(both('<a id="real" href="/submit" class="btn btn-primary">Submit Application</a>')).toEqual({ submitButton: true, enabled: true, outlined: 'a#real' });
    expect(both('<a id="link" href="/help">Submit Application</a><button id="real">Submit Application</button>').outlined).toBe('button#real');
  });

  it('wording is matched whole, across spaces and line breaks', () => {
    expect(isSubmitWording('  Submit\n   Application ')).toBe(true);
    expect(isSubmitWording('Submit\u00a0Recertification Application')).toBe(true);
    expect(isSubmitWording('Submit Application now')).toBe(false);
    document.body.innerHTML = '<div id="ours"><button>Submit Application</button></div><button id="theirs">Submit Application</button>';
    expect(findSubmitControl(document, document.getElementById('ours'))?.element.id).toBe('theirs');
  });
});
