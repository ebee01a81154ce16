// Suggested network tandems, each explained, with a draft agreement per tandem from the library's form (docx is
// loaded with the click), and the ШНОР schools left without a partner with the reason.
import { useState } from 'preact/hooks';
import type { Form } from '../../schemas/form.ts';
import { fill } from '../../lib/island-labels.ts';
import { failureText, loadModule } from '../../lib/lazy-module.ts';
import { saveFile } from '../../lib/save-file.ts';
import type { Tandem, TandemResult } from '../../lib/district-picture/tandems.ts';
import type { SchoolSummary } from '../../lib/district-picture/types.ts';
import { tandemsShown } from '../../lib/district-picture/page-view.ts';
import type { PictureLabels } from './labels.ts';
import { Pager, pageSize, usePaged } from '../shared/Pager.tsx';

interface Props {
  labels: PictureLabels;
  /** null while the tandems are being matched. */
  result: TandemResult | null;
  failed: boolean;
  capacity: string;
  capacityOk: boolean;
  onCapacity: (value: string) => void;
  agreementForm: Form;
  schools: SchoolSummary[];
}

const none: TandemResult = { tandems: [], unmatched: [] };

export function Tandems(props: Props) {
  const { labels, result, failed, agreementForm, schools } = props;
  const [failure, setFailure] = useState('');
  const tandems = usePaged((result ?? none).tandems);
  const unmatched = usePaged((result ?? none).unmatched);
  const agreement = async (tandem: Tandem) => {
    setFailure('');
    try {
      const [{ agreementDocument, docxBlob }, { downloadName }] = await loadModule(() =>
        Promise.all([import('../../lib/district-picture/report-docx.ts'), import('../../lib/download-name.ts')]),
      );
      const blob = await docxBlob(agreementDocument(agreementForm, tandem, schools));
      saveFile(blob, downloadName(['soglashenie', tandem.hostName, tandem.partnerName], 'docx'));
    } catch (error) {
      setFailure(failureText(error, labels.exportFailed));
    }
  };
  return (
    <section aria-labelledby="dp-tandems-heading">
      <h3 id="dp-tandems-heading">{labels.tandemsHeading}</h3>
      <p class="dp-hint">{labels.tandemsHint}</p>
      <CapacityField {...props} />
      <TandemList labels={labels} shown={tandemsShown(result, failed)} tandems={tandems} onAgreement={agreement} />
      <Pager {...tandems.pager} name={labels.pageTandems} labels={labels} class="dp-pager" />
      {unmatched.pager.count > 0 && (
        <>
          <h4>{labels.unmatchedHeading}</h4>
          <ul>
            {unmatched.shown.map((u) => (
              <li key={u.key}>
                {u.name}: {u.reason}
              </li>
            ))}
          </ul>
          <Pager {...unmatched.pager} name={labels.pageUnmatched} labels={labels} class="dp-pager" />
        </>
      )}
      {failure && (
        <p class="dp-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}

/** How many ШНОР schools one ШВОР school may take, with the message when it is not a number above zero. */
function CapacityField({ labels, capacity, capacityOk, onCapacity }: Props) {
  return (
    <>
      <label>
        {labels.capacityLabel}
        <input
          type="text"
          inputMode="numeric"
          size={3}
          value={capacity}
          aria-invalid={!capacityOk}
          aria-describedby={capacityOk ? undefined : 'dp-capacity-error'}
          onInput={(e) => onCapacity(e.currentTarget.value.trim())}
        />
      </label>
      {!capacityOk && (
        <p id="dp-capacity-error" class="dp-error" role="alert">
          {labels.capacityError}
        </p>
      )}
    </>
  );
}

interface ListProps {
  labels: PictureLabels;
  shown: ReturnType<typeof tandemsShown>;
  tandems: ReturnType<typeof usePaged<Tandem>>;
  onAgreement: (tandem: Tandem) => Promise<void>;
}

/** The tandems of this page, each explained, with its draft agreement; or why there are none yet. */
function TandemList({ labels, shown, tandems, onAgreement }: ListProps) {
  if (shown === 'running') return <p role="status">{labels.tandemsRunning}</p>;
  if (shown === 'failed')
    return (
      <p class="dp-error" role="alert">
        {labels.tandemsFailed}
      </p>
    );
  if (shown === 'none') return <p>{labels.noTandems}</p>;
  return (
    <ol class="dp-tandems" data-testid="dp-tandems" start={tandems.pager.page * pageSize + 1}>
      {tandems.shown.map((t) => (
        <li key={`${t.host}-${t.partner}`}>
          <p>
            <strong>
              {t.hostName} ← {t.partnerName}
            </strong>
          </p>
          <p>{t.why}</p>
          {t.mentors.length > 0 && <p>{fill(labels.tandemMentors, { list: t.mentors.join(', ') })}</p>}
          <button type="button" onClick={() => void onAgreement(t)}>
            {fill(labels.agreementButton, { host: t.hostName, partner: t.partnerName })}
          </button>
        </li>
      ))}
    </ol>
  );
}
