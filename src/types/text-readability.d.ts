// text-readability ships no types; these are the calls the content checks use.
declare module "text-readability" {
  const readability: {
    fleschReadingEase(text: string): number;
    lexiconCount(text: string, removePunctuation?: boolean): number;
  };
  export default readability;
}
