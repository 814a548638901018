/**
 * The tracker's state: the dates of one subject access request, kept in this browser
 * only (localStorage key `atn:sar:v1`) through the shared safe engine, which falls
 * back to memory and reports trouble. Change it only through the actions below.
 *
 * Two tabs never lose a change: every edit is a small patch applied to the value
 * freshly read from storage and written back at once, so nothing this tab remembers
 * can overwrite another tab's edit or bring back data "Delete everything" removed.
 * `followOtherTabs` re-reads on `storage` (this key, or all keys cleared) and on
 * every `pageshow`. A platform helper for this pattern can replace `update` later.
 */
import { atom } from "nanostores";
import { savedBy, storageEngine } from "../../platform/storage/status";
import type { Nation } from "../letters/timing";
import { decodeSar, encodeSar, EMPTY_SAR, SAR_KEY, toSarState, type SarDateField, type SarState } from "./state";

const { engine } = storageEngine;

const readStored = (): SarState => decodeSar(engine[SAR_KEY]);

export const $sar = atom<SarState>(readStored());

/** Applies `patch` to what is stored now, writes it back and shows it; false when it did not reach storage. */
function update(patch: Partial<SarState>): boolean {
  const next = toSarState({ ...readStored(), ...patch });
  const saved = savedBy(() => {
    const text = encodeSar(next);
    if (text === undefined) delete engine[SAR_KEY];
    else engine[SAR_KEY] = text;
  });
  $sar.set(next);
  return saved;
}

/** Sets one date ("" clears it). */
export const setSarDate = (field: SarDateField, value: string): boolean => update({ [field]: value });

/** Chooses whose bank holidays the due date skips. */
export const setSarNation = (nation: Nation): boolean => update({ nation });

/** Replaces every date with an imported backup's. */
export const replaceSar = (state: SarState): boolean => update({ ...EMPTY_SAR, ...state });

/** Deletes the tracker's dates from this browser. */
export function clearSar(): void {
  delete engine[SAR_KEY];
  $sar.set({ ...EMPTY_SAR });
}

/** Shows what is stored now (another tab's edit, or nothing after "Delete everything"). */
export function reloadSar(): void {
  $sar.set(readStored());
}

/** Keeps this page in step with storage: other tabs' saves, cleared storage and Back/Forward. */
export function followOtherTabs(target: Pick<Window, "addEventListener">): void {
  target.addEventListener("storage", (event) => {
    if (event.key === SAR_KEY || event.key === null) reloadSar();
  });
  target.addEventListener("pageshow", reloadSar);
}
