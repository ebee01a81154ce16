// Skips drawing a part of the tool again while what it shows has not changed: the two lists (a hundred rows of
// fields) need not be compared again each time the matching starts or ends. Preact's own `memo` lives in
// preact/compat, which this page does not otherwise load.
import { Component, type ComponentChildren } from 'preact';

interface Props {
  /** What the part shows: it is drawn again only when one of these is no longer the same object. */
  deps: readonly unknown[];
  /** Draws the part; its handlers must read the state through functional updates, as the tool's all do. */
  children: () => ComponentChildren;
}

export class Unchanged extends Component<Props> {
  override shouldComponentUpdate(next: Props) {
    return next.deps.length !== this.props.deps.length || next.deps.some((dep, i) => dep !== this.props.deps[i]);
  }
  override render() {
    return this.props.children();
  }
}
