// Words on the social data sheet in Latvian, Lithuanian and English (our wording, not Meta's UI strings).
import type { Language } from '../template/schema';

export interface SocialLabels {
  title: string; files: string; posts: string; topByInteractions: string; topByViews: string; noPosts: string;
  date: string; platform: string; type: string; text: string; link: string;
  views: string; reach: string; reactions: string; comments: string; shares: string; saves: string;
  interactions: string; follows: string; visits: string; dailyTotals: string; postsNote: string;
}

const en: SocialLabels = {
  title: 'Facebook and Instagram', files: 'Files read', posts: 'Posts of the month', noPosts: 'No post in the month.',
  topByInteractions: 'Top posts by interactions', topByViews: 'Top posts by views',
  date: 'Published', platform: 'Platform', type: 'Post type', text: 'Text', link: 'Link',
  views: 'Views', reach: 'Reach', reactions: 'Reactions / likes', comments: 'Comments', shares: 'Shares',
  saves: 'Saves', interactions: 'Interactions', follows: 'Follows', visits: 'Visits',
  dailyTotals: 'Daily files, month totals',
  postsNote: 'Interactions are reactions (or likes), comments, shares and saves, as the export counts them.',
};

const lv: SocialLabels = {
  title: 'Facebook un Instagram', files: 'Nolasītie faili', posts: 'Mēneša ieraksti', noPosts: 'Mēnesī nav ierakstu.',
  topByInteractions: 'Labākie ieraksti pēc mijiedarbībām', topByViews: 'Labākie ieraksti pēc skatījumiem',
  date: 'Publicēts', platform: 'Platforma', type: 'Ieraksta veids', text: 'Teksts', link: 'Saite',
  views: 'Skatījumi', reach: 'Sasniedzamība', reactions: 'Reakcijas / patīk', comments: 'Komentāri',
  shares: 'Kopīgojumi', saves: 'Saglabājumi', interactions: 'Mijiedarbības', follows: 'Sekošanas',
  visits: 'Apmeklējumi',
  dailyTotals: 'Dienas faili, mēneša kopsummas',
  postsNote: 'Mijiedarbības ir reakcijas (vai patīk), komentāri, kopīgojumi un saglabājumi, kā tos skaita eksports.',
};

const lt: SocialLabels = {
  title: 'Facebook ir Instagram', files: 'Perskaityti failai', posts: 'Mėnesio įrašai', noPosts: 'Mėnesį įrašų nėra.',
  topByInteractions: 'Geriausi įrašai pagal sąveikas', topByViews: 'Geriausi įrašai pagal peržiūras',
  date: 'Paskelbta', platform: 'Platforma', type: 'Įrašo tipas', text: 'Tekstas', link: 'Nuoroda',
  views: 'Peržiūros', reach: 'Pasiekiamumas', reactions: 'Reakcijos / patinka', comments: 'Komentarai',
  shares: 'Bendrinimai', saves: 'Išsaugojimai', interactions: 'Sąveikos', follows: 'Sekimai', visits: 'Apsilankymai',
  dailyTotals: 'Dienos failai, mėnesio sumos',
  postsNote: 'Sąveikos yra reakcijos (arba patinka), komentarai, bendrinimai ir išsaugojimai, '
    + 'kaip juos skaičiuoja eksportas.',
};

const ALL: Record<Language, SocialLabels> = { en, lv, lt };

export function socialLabels(lang: Language): SocialLabels {
  return ALL[lang];
}
