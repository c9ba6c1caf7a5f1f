/** The three pages the Teams manifest links to (developer.websiteUrl, privacyUrl, termsOfUseUrl). */
const PAGES: Record<string, { title: string; paragraphs: string[] }> = {
  '/om': {
    title: 'Om Handleguide',
    paragraphs: [
      'Handleguide er en bot i Microsoft Teams for fagpersoner, der arbejder med børn. Den gør kommunens handleguide til en samtale: forebyggelsesniveau, hvem du skal kontakte, frister og et udkast til underretningen.',
      'Botten giver vejledning, ikke en afgørelse. Underretningspligten er personlig, og er du i tvivl, så underret. Er et barn i akut fare, så ring 112.',
      'Handleguides regelsæt: vejledningen følger kommunens egen handleguide og barnets lov. Hvor kilderne ikke siger noget, vælger botten altid det sikre: røde flag (vold, seksuelle overgreb, negativ social kontrol, radikalisering) går forrest med nummeret, der skal ringes til nu; forældrene inddrages ikke, hvis mistanken kan være rettet mod dem; og botten taler aldrig nogen fra at underrette. Hver kontakt, frist og lovhenvisning på kortene viser sin kilde.',
    ],
  },
  '/privatliv': {
    title: 'Privatliv',
    paragraphs: [
      'Skriv ikke barnets navn eller CPR-nummer i chatten. Et CPR-nummer bliver fjernet, før noget gemmes, og det logges aldrig.',
      'Om dig gemmes kun den kommune og rolle, du har valgt. Om en samtale gemmes kun det, samtalen skal bruge, og det slettes automatisk efter en fast periode (30 dage, medmindre jeres administrator har valgt andet). Skriv »slet mine data« for at slette det med det samme.',
      'Logfiler indeholder aldrig tekst fra samtalerne. Beskederne i selve chatten opbevares af Microsoft Teams efter jeres organisations regler.',
    ],
  },
  '/vilkaar': {
    title: 'Vilkår',
    paragraphs: [
      'Handleguide bygger på offentlige handleguides fra kommunerne og Ankestyrelsens materiale. Kilden står på hvert kort. Tjek altid kommunens egen handleguide og beredskabsplan.',
      'Botten træffer ingen afgørelser og sender intet til kommunen. Du har selv ansvaret for at underrette ad kommunens sikre vej.',
    ],
  },
};

const escape = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

export const PAGE_PATHS = Object.keys(PAGES);

export function pageHtml(pathname: string): string | undefined {
  const page = PAGES[pathname];
  if (!page) return undefined;
  return [
    '<!doctype html><html lang="da"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(page.title)} – Handleguide</title></head>`,
    '<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem; line-height: 1.5">',
    `<h1>${escape(page.title)}</h1>`,
    ...page.paragraphs.map((p) => `<p>${escape(p)}</p>`),
    '</body></html>',
  ].join('\n');
}
