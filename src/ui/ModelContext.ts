// The validated data model and the view selectors, shared by every panel.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Model } from '../data/model';
import type { ViewSelectors } from '../selectors/view';

export interface ModelContextValue {
  model: Model;
  views: ViewSelectors;
}

export const ModelContext = createContext<ModelContextValue | null>(null);

export function useModel(): ModelContextValue {
  const value = useContext(ModelContext);
  if (!value) throw new Error('ModelContext is missing');
  return value;
}
