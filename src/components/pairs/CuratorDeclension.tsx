// «Куратору …» in the pairs order, as the form filler shows a declined name: loaded once a curator is typed, so
// the pairs page does not carry the grammar (about 37 KB gzip with lvovich) for people who never fill the order.
import { useEffect, useState } from 'preact/hooks';
import type { Form } from '../../schemas/form.ts';
import type { FormValues } from '../../lib/forms/values.ts';
import type { DeclensionLabels } from '../form-filler/labels.ts';

type Loaded = [typeof import('../../lib/forms/declension.ts'), typeof import('../form-filler/Declension.tsx')];

interface Props {
  orderForm: Form;
  values: FormValues;
  labels: DeclensionLabels;
  onChange: (key: string, value: string) => void;
}

export function CuratorDeclension({ orderForm, values, labels, onChange }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    // A failed load leaves the block out; the order's download loads the grammar again and says what failed.
    Promise.all([import('../../lib/forms/declension.ts'), import('../form-filler/Declension.tsx')]).then(
      setLoaded,
      () => undefined,
    );
  }, []);
  if (!loaded) return null;
  const [{ decliningFields }, { Declension }] = loaded;
  const curator = decliningFields(orderForm).find((declining) => declining.field.id === 'curator');
  if (!curator) return null;
  return <Declension field={curator.field} cases={curator.cases} values={values} labels={labels} onChange={onChange} />;
}
