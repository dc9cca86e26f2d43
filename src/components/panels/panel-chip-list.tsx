import { PanelLink } from './panel-link.tsx';
import type { PanelKind } from './panel-ref.ts';

type PanelChipListProps = {
  kind: PanelKind;
  items: readonly { id: string; name: string }[];
};

/** A row of chips, each opening the detail panel of one item. */
export function PanelChipList({ kind, items }: PanelChipListProps) {
  return (
    <ul className="chip-list">
      {items.map((item) => (
        <li key={item.id}>
          <PanelLink panel={{ kind, id: item.id }}>{item.name}</PanelLink>
        </li>
      ))}
    </ul>
  );
}
