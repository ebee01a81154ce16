// The filled document as it will be on paper, for «Распечатать»: the same blocks the .docx is made of
// (src/lib/forms/document-model.ts), laid out in HTML at the end of the page. It exists only while the user prints
// from the button (form-filler.css hides the rest), so Ctrl+P still prints the page and typing costs nothing.
import { createPortal } from 'preact/compat';
import { useEffect } from 'preact/hooks';
import { formBlocks, documentTitle } from '../../lib/forms/document-model.ts';
import type { FormValues } from '../../lib/forms/values.ts';
import type { Form } from '../../schemas/form.ts';

/** The class on <html> while the document, not the page, is being printed. */
export const printingClass = 'printing-document';

interface Props {
  form: Form;
  values: FormValues;
  /** The print dialog has closed: the document goes. */
  onDone: () => void;
}

/** Rendered when «Распечатать» is pressed: prints once it is on the page, and leaves when the dialog closes. */
export function PrintDocument({ form, values, onDone }: Props) {
  useEffect(() => {
    const root = document.documentElement;
    const done = () => {
      root.classList.remove(printingClass);
      onDone();
    };
    root.classList.add(printingClass);
    window.addEventListener('afterprint', done, { once: true });
    window.print();
    return () => {
      window.removeEventListener('afterprint', done);
      root.classList.remove(printingClass);
    };
  }, []);
  const total = (shares: number[]) => shares.reduce((a, b) => a + b, 0);
  return createPortal(
    <article
      class={`print-document print-document--${form.orientation}`}
      aria-label={documentTitle(form)}
      data-pagefind-ignore
    >
      {formBlocks(form, values).map((block, i) =>
        block.kind === 'para' ? (
          <p
            key={i}
            class={`print-para print-para--${block.align ?? 'left'}`}
            style={{
              fontWeight: block.bold ? 'bold' : undefined,
              fontStyle: block.italics ? 'italic' : undefined,
              marginBottom: `${(block.spaceAfter ?? 120) / 20}pt`,
            }}
          >
            {block.text || '\u00a0'}
          </p>
        ) : (
          <table key={i} class="print-table">
            <colgroup>
              {block.shares.map((share, c) => (
                <col key={c} style={{ width: `${(100 * share) / total(block.shares)}%` }} />
              ))}
            </colgroup>
            <thead>
              <tr>
                {block.headers.map((header, c) => (
                  <th key={c} scope="col">
                    {header}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((cells, r) => (
                <tr key={r}>
                  {cells.map((text, c) => (
                    <td key={c}>{text}</td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        ),
      )}
    </article>,
    document.body,
  );
}
