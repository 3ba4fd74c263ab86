import type { ReactNode } from 'react';
import {
  Tab as AriaTab,
  TabList as AriaTabList,
  TabPanel as AriaTabPanel,
  Tabs as AriaTabs,
  type Key,
} from 'react-aria-components';

export interface TabItem {
  id: string;
  label: ReactNode;
  content: ReactNode;
}

export interface TabsProps {
  /** Accessible name of the tab list. */
  label: string;
  items: readonly TabItem[];
  selectedId?: string;
  onSelectionChange?: (id: string) => void;
}

/** Tabs with the ARIA tabs pattern: arrow keys move between tabs, Tab moves into the panel. */
export function Tabs({ label, items, selectedId, onSelectionChange }: TabsProps) {
  return (
    <AriaTabs
      className="at-tabs"
      selectedKey={selectedId}
      onSelectionChange={onSelectionChange ? (key: Key) => onSelectionChange(String(key)) : undefined}
    >
      <AriaTabList aria-label={label} className="at-tabs__list">
        {items.map((item) => (
          <AriaTab key={item.id} id={item.id} className="at-tabs__tab">
            {item.label}
          </AriaTab>
        ))}
      </AriaTabList>
      {items.map((item) => (
        <AriaTabPanel key={item.id} id={item.id} className="at-tabs__panel">
          {item.content}
        </AriaTabPanel>
      ))}
    </AriaTabs>
  );
}
