/**
 * The tracker's state: the dates of one subject access request, kept in this browser
 * only (localStorage key `atn:sar:v1`). Change it only through the actions below.
 *
 * Kept by the platform's synced store (src/platform/storage/synced-store.ts): every
 * edit applies to the latest stored value under a lock shared by every tab, the page
 * follows other tabs, "Delete everything" and Back, and deleted data is never written
 * back. Each field (a date, the nation) merges on its own.
 */
import { $storageProblem } from "../../platform/storage/status";
import { createSyncedStore } from "../../platform/storage/synced-store";
import type { Nation } from "../letters/timing";
import { decodeSar, encodeSar, EMPTY_SAR, SAR_KEY, toSarState, type SarDateField, type SarState } from "./state";

const store = createSyncedStore<SarState>({
  key: SAR_KEY,
  decode: decodeSar,
  encode: encodeSar,
  split: (state) => ({ ...state }),
  join: (fields) => toSarState(fields),
});

export const $sar = store.$value;

/** Applies `patch` to what is stored now; false when this browser is not keeping anything. */
function update(patch: Partial<SarState>): boolean {
  void store.update((stored) => toSarState({ ...stored, ...patch }));
  return $storageProblem.get() === null;
}

/** Sets one date ("" clears it). */
export const setSarDate = (field: SarDateField, value: string): boolean => update({ [field]: value });

/** Chooses whose bank holidays the due date skips. */
export const setSarNation = (nation: Nation): boolean => update({ nation });

/** Replaces every date with an imported backup's. */
export const replaceSar = (state: SarState): boolean => {
  void store.update(() => toSarState({ ...EMPTY_SAR, ...state }));
  return $storageProblem.get() === null;
};

/** Deletes the tracker's dates from this browser (the empty state removes the key). */
export function clearSar(): void {
  void store.update(() => ({ ...EMPTY_SAR }));
}
