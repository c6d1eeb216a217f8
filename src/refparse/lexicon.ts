/**
 * Word lists the tagger uses as features. Entries are lower-case, without
 * surrounding punctuation. They cover the languages seen in bibliographies we
 * audit: English, German, French, Spanish, Italian, Dutch and Indonesian.
 */

import { MONTH_NUMBERS } from './dates.js';

const words = (list: string): ReadonlySet<string> => new Set(list.trim().split(/\s+/u));

export const LEXICON: Readonly<Record<string, ReadonlySet<string>>> = {
  month: new Set([...MONTH_NUMBERS.keys(), 'spring', 'summer', 'fall', 'autumn', 'winter']),
  particle: words('van von der den de la le du des di da del della dos das ten ter zu bin binti al el y'),
  editorRole: words(`ed eds ed. eds. editor editors edited edit hrsg hg herausgegeben dir éd éds coord comp
    compiler comps red penyunting peny sous edición ediz a cura`),
  translatorRole: words('trans transl translated translator tr übers übersetzt trad traduit traduction penerjemah terj translation'),
  containerIntro: words('in dans dalam en im'),
  pagesLabel: words('pp p pages page pg pgs s ss hlm hal halaman seiten art'),
  volumeLabel: words('vol vols volume volumes bd band tome t jg jahrgang no nos nr number num n iss issue heft fasc jilid nomor part pt suppl'),
  editionLabel: words('ed edn edition aufl auflage édition edición edizione edisi cetakan rev revised expanded'),
  publisherWord: words(`press university universitas universität université publishing publishers publisher publications verlag
    books editions éditions edizioni editorial editora inc ltd co company group house media penerbit pustaka
    elsevier springer wiley routledge sage pearson macmillan blackwell mcgraw-hill harper penguin random
    gramedia erlangga rajawali kencana prenada academic academy institute institut association society
    foundation gmbh llc plc bloomsbury palgrave brill gruyter mohr suhrkamp gallimard seuil puf armand colin
    ministry kementerian departemen bank organization organisation centre center office council`),
  place: words(`london new york paris berlin cambridge oxford boston chicago washington amsterdam jakarta bandung
    yogyakarta surabaya malang semarang medan tokyo princeton toronto philadelphia san francisco los angeles
    berkeley munich münchen frankfurt hamburg leipzig stuttgart wien vienna zürich zurich basel leiden
    milano milan roma rome madrid barcelona lisboa moscow beijing singapore sydney melbourne montreal
    baltimore ithaca stanford durham heidelberg tübingen göttingen bern hague haag brussels bruxelles
    dordrecht heidelberg newbury thousand oaks hoboken abingdon basingstoke malden lanham edinburgh
    manchester bristol dublin delhi kuala lumpur`),
  genre: words(`thesis dissertation phd ph.d doctoral master's masters diss skripsi tesis disertasi report working
    paper technical unpublished manuscript mimeo preprint memorandum brief motion picture film
    dvd television series podcast video blog tweet interview lecture speech`),
  access: words(`retrieved accessed available viewed diakses diunduh dari from online abgerufen consulté zugriff url
    akses unduh
    visited downloaded tersedia retirado consultado accessed: pada tanggal last modified updated`),
  journalWord: words(`journal review quarterly annals annales bulletin proceedings transactions letters magazine jurnal
    zeitschrift revue rivista acta archives archiv studies research science sciences j rev proc trans lett
    bull ann int am nat natl acad soc times post news gazette economist daily weekly kompas tempo
    digest jurnal buletin majalah harian`),
  conferenceWord: words('conference proceedings symposium workshop congress meeting konferensi seminar proc conf colloquium annual international'),
  conjunction: words('and & und et y e dan and/or'),
  etAl: words('et al al. al dkk u.a'),
  undated: words('n.d nd s.d sd o.j oj t.t tt forthcoming press preparation submitted print im druck sous presse'),
};

export const LEXICON_NAMES = Object.keys(LEXICON);
