/**
 * Writes the sample methods' PDF files into content/methods/ with pdf-lib (npm run
 * generate:method-files). Fictional but realistic material of the network's working groups; the
 * texts live here, so the PDFs can be regenerated and reviewed as text.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { PDFDocument, type PDFFont, rgb, StandardFonts } from 'pdf-lib'

type Block = { heading?: string; lines: string[] }
type SampleFile = { name: string; title: string; subtitle: string; blocks: Block[] }

const files: SampleFile[] = [
  {
    name: 'sagsaudit-skabelon.pdf',
    title: 'Skabelon til fælles sagsaudit',
    subtitle: 'Arbejdsgruppen for sagsaudit · version 2.1 · marts 2026',
    blocks: [
      {
        heading: 'Formål',
        lines: [
          'Sagsaudit er en struktureret, fælles gennemgang af afsluttede eller igangværende sager,',
          'hvor to kommuner læser hinandens sager med samme spørgeramme. Formålet er læring om',
          'praksis – ikke kontrol af den enkelte medarbejder. Resultatet er en samlet rapport pr.',
          'kommune med 3–5 forbedringspunkter, som drøftes i netværket for fagchefer.',
        ],
      },
      {
        heading: 'Udvælgelse af sager',
        lines: [
          'Hver kommune udvælger 8 sager efter tilfældighedsprincippet blandt sager med',
          'afgørelse efter barnets lov §§ 32 og 46 inden for de seneste 12 måneder.',
          'Sagerne pseudonymiseres, før de deles: navne, CPR-numre og adresser fjernes,',
          'og sagen får et løbenummer. Der må aldrig stå oplysninger om et enkelt barn i rapporten.',
        ],
      },
      {
        heading: 'Spørgeramme (udfyldes pr. sag)',
        lines: [
          '1. Er barnets perspektiv beskrevet, og er samtalen med barnet dokumenteret (§ 5)?',
          '2. Er underretningen vurderet inden for 24 timer, og er vurderingen begrundet?',
          '3. Hænger den børnefaglige undersøgelse sammen med den valgte indsats?',
          '4. Er formålet med indsatsen konkret og opfølgeligt?',
          '5. Er forældrenes ressourcer og netværk inddraget?',
          '6. Er der fulgt op inden for den fastsatte frist?',
          'Hvert punkt vurderes: opfyldt / delvist opfyldt / ikke opfyldt / ikke relevant.',
          'Brug sporbarhedsskema A til at notere, hvor i journalen svaret findes.',
        ],
      },
      {
        heading: 'Sporbarhedsskema A',
        lines: [
          'Løbenummer · Spørgsmål · Vurdering · Journalnotat (dato) · Bemærkning om praksis',
          'Skemaet afleveres til auditorens makker senest 10 arbejdsdage efter gennemgangen.',
        ],
      },
      {
        heading: 'Rapport og opfølgning',
        lines: [
          'Auditorerne samler fundene i en kort rapport: hvad går godt, hvad kan styrkes,',
          'og hvilke 3–5 forbedringspunkter kommunen arbejder videre med. Rapporten præsenteres',
          'på næste netværksmøde for faglige ledere, og punkterne følges op efter seks måneder.',
        ],
      },
    ],
  },
  {
    name: 'underretninger-faelles-arbejdsgang.pdf',
    title: 'Fælles arbejdsgang for modtagelse af underretninger',
    subtitle: 'Netværkets arbejdsgruppe for lovgivning og praksis · version 1.3 · januar 2026',
    blocks: [
      {
        heading: 'Hvorfor en fælles arbejdsgang',
        lines: [
          'Kommunerne i netværket modtager underretninger fra skoler, dagtilbud, sundhedsplejen',
          'og politiet. En fælles arbejdsgang gør det lettere for samarbejdspartnere på tværs af',
          'kommunegrænser og sikrer, at 24-timersvurderingen altid bliver foretaget og dokumenteret.',
        ],
      },
      {
        heading: 'Trin for trin',
        lines: [
          'Trin 1: Underretningen journaliseres samme dag og får en modtagekvittering inden for 6 hverdage.',
          'Trin 2: Visitator foretager 24-timersvurderingen efter triageringsmodellen rød-gul-grøn.',
          'Trin 3: Ved rød triagering kontaktes leder straks, og barnet ses samme dag.',
          'Trin 4: Ved gentagne underretninger (3 eller flere på 12 måneder) afholdes et',
          'tværfagligt sparringsmøde, før der træffes beslutning om videre forløb.',
          'Trin 5: Den, der underretter, får tilbagemelding efter reglerne om udvidet tilbagemelding.',
        ],
      },
      {
        heading: 'Dokumentation',
        lines: [
          'Vurderingen noteres i journalen med begrundelse, og triageringsfarven registreres,',
          'så netværket kan følge udviklingen i antal og fordeling uden at kende enkelte sager.',
        ],
      },
    ],
  },
  {
    name: 'barnets-perspektiv-samtaleguide.pdf',
    title: 'Samtaleguide: barnets perspektiv',
    subtitle: 'Arbejdsgruppen for børneinddragelse · version 1.0 · september 2025',
    blocks: [
      {
        heading: 'Før samtalen',
        lines: [
          'Forbered barnet på, hvad samtalen handler om, og hvem der er med. Aftal et sted,',
          'barnet kender. Overvej, om en bisidder eller en tolk skal deltage.',
        ],
      },
      {
        heading: 'Under samtalen',
        lines: [
          'Brug tre-husemodellen: huset med det gode, huset med bekymringerne og drømmehuset.',
          'Stil åbne spørgsmål, og gentag barnets egne ord, når du opsummerer.',
          'Fortæl barnet, hvad du skriver ned, og hvem der får det at se.',
        ],
      },
      {
        heading: 'Efter samtalen',
        lines: [
          'Skriv barnets synspunkter i barnets egne ord i journalen, adskilt fra din vurdering.',
          'Giv barnet en tilbagemelding om, hvad der skete med det, barnet sagde.',
        ],
      },
    ],
  },
  {
    name: 'overgang-til-voksenliv-tjekliste.pdf',
    title: 'Tjekliste: overgangen fra 17 til 18 år',
    subtitle: 'Netværket for fagchefer · version 2.0 · februar 2026',
    blocks: [
      {
        heading: 'Senest ved 16½ år',
        lines: [
          'Ungeplanen udarbejdes sammen med den unge. Voksenområdet inviteres til et fælles møde.',
          'Afklar, om der skal gives efterværn, og om den unge har brug for en fast kontaktperson.',
        ],
      },
      {
        heading: 'Senest ved 17½ år',
        lines: [
          'Overleveringsmøde med voksenområdet, jobcenter og uddannelsesvejledning.',
          'Tjek bolig, økonomi, uddannelse, sundhed og netværk – brug overgangshjulet.',
        ],
      },
      {
        heading: 'Efter 18 år',
        lines: [
          'Opfølgning efter tre måneder: fungerer det aftalte? Er der behov for justering af efterværnet?',
        ],
      },
    ],
  },
  {
    name: 'dagsorden-med-formaal-skabelon.pdf',
    title: 'Skabelon: dagsorden med formål for hvert punkt',
    subtitle: 'Netværkssekretariatet · version 1.1 · oktober 2025',
    blocks: [
      {
        heading: 'Sådan bruges skabelonen',
        lines: [
          'Hvert dagsordenspunkt angiver sit formål – orientering, drøftelse eller beslutning –',
          'og den tid, der er sat af. Det gør det tydeligt for deltagerne, hvad der forventes af dem,',
          'og gør referatet kortere: beslutninger og opfølgning skrives med ansvarlig og frist.',
        ],
      },
      {
        heading: 'Punkt',
        lines: [
          'Titel · Formål (orientering/drøftelse/beslutning) · Tid (minutter) · Oplægsholder',
          'Baggrund (højst fem linjer) · Indstilling (ved beslutning)',
        ],
      },
      {
        heading: 'Referat',
        lines: [
          'Beslutning · Opfølgning: hvem gør hvad, hvornår · Næste gang punktet tages op',
          'Brug mødeuret: planlæg 10 minutters buffer pr. 2 timer.',
        ],
      },
    ],
  },
  {
    name: 'skolefravaer-handleguide.pdf',
    title: 'Fælles handleguide ved bekymrende skolefravær',
    subtitle: 'Arbejdsgruppen for skole og socialområde · version 1.2 · august 2025',
    blocks: [
      {
        heading: 'Trappen',
        lines: [
          'Trin 1 (fravær over 5 %): Klasselæreren kontakter forældrene og afdækker årsager.',
          'Trin 2 (over 10 %): Skolens ressourceteam og PPR inddrages; fraværsplan med mål.',
          'Trin 3 (over 15 % eller uændret efter 6 uger): Tværfagligt møde med socialrådgiver.',
          'Brug fraværsbarometeret til at følge udviklingen uge for uge.',
        ],
      },
      {
        heading: 'Samarbejdet med familien',
        lines: [
          'Forældre og elev inddrages i planen fra første trin. Mødet holdes, hvor familien ønsker det.',
        ],
      },
    ],
  },
]

const A4 = { width: 595.28, height: 841.89 }
const MARGIN = 56

async function render(file: SampleFile): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  pdf.setTitle(file.title)
  pdf.setAuthor('Videnportal – netværkets sekretariat (eksempel)')
  pdf.setLanguage('da-DK')
  // A fixed date, so that regenerating gives the same bytes.
  const fixed = new Date('2026-01-15T09:00:00Z')
  pdf.setCreationDate(fixed)
  pdf.setModificationDate(fixed)
  const regular = await pdf.embedFont(StandardFonts.Helvetica)
  const bold = await pdf.embedFont(StandardFonts.HelveticaBold)
  let page = pdf.addPage([A4.width, A4.height])
  let y = A4.height - MARGIN
  const write = (text: string, font: PDFFont, size: number, gap = 4) => {
    if (y - size < MARGIN) {
      page = pdf.addPage([A4.width, A4.height])
      y = A4.height - MARGIN
    }
    page.drawText(text, { x: MARGIN, y: y - size, size, font, color: rgb(0.1, 0.1, 0.1) })
    y -= size + gap
  }
  write(file.title, bold, 18, 8)
  write(file.subtitle, regular, 10, 18)
  for (const block of file.blocks) {
    if (block.heading) write(block.heading, bold, 13, 6)
    for (const line of block.lines) write(line, regular, 10.5, 4)
    y -= 10
  }
  write(
    'Eksempelmateriale til Videnportal. Indeholder ingen oplysninger om enkeltpersoner.',
    regular,
    8,
  )
  return pdf.save({ useObjectStreams: false })
}

const outDir = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  'content',
  'methods',
)
await mkdir(outDir, { recursive: true })
for (const file of files) {
  await writeFile(path.join(outDir, file.name), await render(file))
  console.log(`content/methods/${file.name}`)
}
