import {defaultAction, validateAction} from 'hf-widgets/data';

// A server component, rendered on every request: the tags and their fallback go into the HTML.
export const dynamic = 'force-dynamic';

export default function Page() {
  // Your action document, checked on the server (here the package's default). It goes to the
  // browser as inline JSON, `<` escaped: a `data={…}` object set here would never reach it.
  const actionJson = JSON.stringify(validateAction(defaultAction)).replace(/</g, '\\u003c');
  return (
    <>
      <hf-hotline-banner quick-exit hotlines="astra,nadel">
        <ul>
          <li>
            ASTRA SOS hotline: <a href="tel:+381117850000">011 785 0000</a>
          </li>
          <li>
            National Children’s Helpline (NADEL): <a href="tel:116111">116 111</a>
          </li>
        </ul>
        <p>
          <a data-hf-exit href="https://www.google.com/webhp" rel="noreferrer">
            Exit this page
          </a>
        </p>
      </hf-hotline-banner>
      <hf-action-card>
        <script type="application/json" dangerouslySetInnerHTML={{__html: actionJson}} />
        <p>
          <strong>Strengthening anti-trafficking action in Serbia</strong>
        </p>
      </hf-action-card>
    </>
  );
}
