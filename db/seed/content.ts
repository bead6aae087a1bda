// Demo content for Marquee. Every show, film, artist, network, outlet and
// person below is invented; any resemblance to real ones is coincidental.
import type { SeedArticle, SeedTag, SeedUser } from "./types";
import { answer, bullets, doc, embed, h2, p, pullQuote, question, quote } from "@/lib/content/build";

const CREDIT = "Illustration: Marquee";

/** The eight demo illustrations in /public/images/demo. */
type DemoImage =
  "coastal-dusk" | "tv-screen-glow" | "city-skyline-dusk" | "stage-spotlights" | "film-strip" | "vinyl-record" | "red-carpet" | "underwater-light";

const hero = (image: DemoImage, alt: string) => ({ url: `/images/demo/${image}.svg`, alt, credit: CREDIT });

const ALT: Record<DemoImage, string> = {
  "coastal-dusk": "Illustration of a striped lighthouse on a dark headland at dusk, its beam sweeping over a calm sea as the sun sets",
  "tv-screen-glow": "Illustration of a television glowing blue and pink in a dark room, two silhouetted viewers in the foreground",
  "city-skyline-dusk": "Illustration of a city skyline at dusk, a few lit windows under a sky fading from purple to orange",
  "stage-spotlights": "Illustration of a silhouetted singer at a microphone on a stage lit by pink, gold and blue spotlights, the crowd in shadow",
  "film-strip": "Illustration of a diagonal strip of film with brightly coloured frames against a warm, dark background",
  "vinyl-record": "Illustration of a black vinyl record with a yellow label sliding out of a pink sleeve beside a turntable arm",
  "red-carpet": "Illustration of a red carpet lined with gold stanchions, a lone figure at its centre amid bursts of camera flash",
  "underwater-light": "Illustration of a diver silhouetted in deep blue water, shafts of light falling from the surface and an orange glow below",
};

const heroOf = (image: DemoImage) => hero(image, ALT[image]);

// ---------------------------------------------------------------------------
// Users
// ---------------------------------------------------------------------------

export const users: SeedUser[] = [
  {
    email: "admin@marquee.test",
    name: "Delphine Achterberg",
    role: "admin",
    bio: "Delphine Achterberg is Marquee’s managing editor and has run entertainment newsrooms for fifteen years.",
  },
  {
    email: "editor@marquee.test",
    name: "Marcus Tull",
    role: "editor",
    bio: "Marcus Tull is Marquee’s deputy editor, overseeing TV and awards coverage from the news desk.",
  },
  {
    email: "contributor@marquee.test",
    name: "Priya Ramanathan",
    role: "contributor",
    bio: "Priya Ramanathan is a freelance culture writer who profiles actors, comedians and the people behind the camera.",
  },
  {
    email: "jonah.pell@marquee.test",
    name: "Jonah Pell",
    role: "contributor",
    bio: "Jonah Pell is Marquee’s senior TV reporter and has watched more pilot episodes than is strictly healthy.",
  },
  {
    email: "ines.carvalho@marquee.test",
    name: "Inês Carvalho",
    role: "editor",
    bio: "Inês Carvalho is Marquee’s film editor and chief critic, reporting from festivals on three continents.",
  },
  {
    email: "theo.nakamura@marquee.test",
    name: "Theo Nakamura",
    role: "contributor",
    bio: "Theo Nakamura covers music for Marquee, from first singles to farewell tours.",
  },
];

const JONAH = "jonah.pell@marquee.test";
const INES = "ines.carvalho@marquee.test";
const THEO = "theo.nakamura@marquee.test";
const PRIYA = "contributor@marquee.test";
const MARCUS = "editor@marquee.test";

// ---------------------------------------------------------------------------
// Tags
// ---------------------------------------------------------------------------

export const tags: SeedTag[] = [
  // Shows
  {
    slug: "salt-and-ember",
    name: "Salt & Ember",
    kind: "show",
    description: "Northlight’s coastal family drama about a chef who returns home to save her late father’s smokehouse restaurant.",
  },
  {
    slug: "low-orbit",
    name: "Low Orbit",
    kind: "show",
    description: "Halcyon Network’s workplace comedy set at an underfunded satellite-tracking station.",
  },
  {
    slug: "the-glass-parish",
    name: "The Glass Parish",
    kind: "show",
    description: "A six-part Northlight mystery set in a hill village of stained-glass makers.",
  },
  // Networks
  {
    slug: "northlight",
    name: "Northlight",
    kind: "network",
    description: "The subscription streamer behind Salt & Ember and The Glass Parish.",
  },
  {
    slug: "halcyon-network",
    name: "Halcyon Network",
    kind: "network",
    description: "Broadcast network and streaming app, home of Low Orbit and the Lumen Awards telecast.",
  },
  // People
  {
    slug: "oriel-vance",
    name: "Oriel Vance",
    kind: "person",
    description: "Former line cook and playwright, creator and showrunner of Salt & Ember.",
  },
  {
    slug: "chloe-avenel",
    name: "Chloé Avenel",
    kind: "person",
    description: "Actress who plays chef Mara Kell in Salt & Ember.",
  },
  {
    slug: "tomas-reyes-holt",
    name: "Tomas Reyes-Holt",
    kind: "person",
    description: "Actor who plays Cal Kell in Salt & Ember and stars in The Glass Parish.",
  },
  {
    slug: "margaux-ellery",
    name: "Margaux Ellery",
    kind: "person",
    description: "Action star who has led all four films in the Meridian Run franchise as agent Sable Hart.",
  },
  {
    slug: "sasha-imrie",
    name: "Sasha Imrie",
    kind: "person",
    description: "Director of three Meridian Run films, known for practical stunts and very large water tanks.",
  },
  {
    slug: "wren-adebayo",
    name: "Wren Adebayo",
    kind: "person",
    description: "Comedian and actress who stars as station manager Dot Pruitt in Low Orbit.",
  },
  // Films
  {
    slug: "meridian-run",
    name: "Meridian Run",
    kind: "film",
    description: "Grayfield Pictures’ globe-trotting spy franchise, starring Margaux Ellery.",
  },
  {
    slug: "tidewater-hymn",
    name: "Tidewater Hymn",
    kind: "film",
    description: "Noor Halloran’s debut feature about a tidal village and its last church choir.",
  },
  // Music
  {
    slug: "juniper-hale",
    name: "Juniper Hale",
    kind: "music",
    description: "Singer-songwriter who went from bedroom pop to arena headliner.",
  },
  {
    slug: "glasshouse-hearts",
    name: "Glasshouse Hearts",
    kind: "music",
    description: "Juniper Hale’s third studio album, released on Paper Kite Records.",
  },
  {
    slug: "marigold-static",
    name: "Marigold Static",
    kind: "music",
    description: "Cult indie four-piece fronted by Rory Castellane, reunited after an eight-year break.",
  },
  // Events
  {
    slug: "lumen-awards",
    name: "Lumen Awards",
    kind: "event",
    description: "Annual television and film awards, broadcast live on Halcyon Network.",
  },
  {
    slug: "harbourlight-film-festival",
    name: "Harbourlight Film Festival",
    kind: "event",
    description: "A seaside film festival known for debut features and its closing-night Lantern Award.",
  },
  // Topics
  {
    slug: "renewals",
    name: "Renewals & Cancellations",
    kind: "topic",
    description: "Which shows are coming back, and which ones aren’t.",
  },
  { slug: "reviews", name: "Reviews", kind: "topic", description: "Marquee’s critics on film, TV and live music." },
  { slug: "interviews", name: "Interviews", kind: "topic", description: "Long-form conversations with creators and stars." },
  { slug: "trailers", name: "Trailers", kind: "topic", description: "First looks, teasers and full trailers." },
  { slug: "casting", name: "Casting", kind: "topic", description: "Who’s joining what, and who’s walking away." },
  {
    slug: "red-carpet",
    name: "Red Carpet",
    kind: "topic",
    description: "Arrivals, fashion and speeches from premieres and awards nights.",
  },
  { slug: "tours", name: "Tours & Live", kind: "topic", description: "Tour announcements, ticket news and concert reviews." },
  { slug: "box-office", name: "Box Office", kind: "topic", description: "Opening weekends, grosses and the business of film." },
];

// ---------------------------------------------------------------------------
// Articles
// ---------------------------------------------------------------------------

export const articles: SeedArticle[] = [
  // (a) Season-2 speculation news piece, the most recent published article.
  {
    slug: "will-mara-return-to-harrow-bay-salt-and-ember-season-2",
    title: "Will Mara return to Harrow Bay? What the creator says about ‘Salt & Ember’ season 2",
    dek: "Northlight hasn’t renewed its breakout kitchen drama yet, but Oriel Vance already knows where the story goes — and who might not make it back.",
    section: "tv",
    tags: ["salt-and-ember", "oriel-vance", "chloe-avenel", "northlight", "renewals"],
    bylines: [JONAH],
    status: "published",
    hoursFromNow: 1,
    hero: heroOf("coastal-dusk"),
    seoTitle: "Salt & Ember season 2: Oriel Vance on whether Mara returns",
    seoDescription:
      "Northlight hasn’t renewed Salt & Ember yet, but creator Oriel Vance and star Chloé Avenel are already talking about where a second season would go.",
    body: doc(
      p(
        "The smokehouse burned, the last ferry left, and eight episodes of *Salt & Ember* ended with Mara Kell (Chloé Avenel) watching Harrow Bay shrink behind her. Whether viewers ever see that harbour again is now the most-asked question in Northlight’s comment sections — and the show’s creator, Oriel Vance, is in no hurry to settle it.",
      ),
      p(
        "“Nobody has picked up the phone and said ‘go’ yet, but I didn’t write that ending as a full stop,” Vance told Marquee this week. “Mara thinks she’s leaving. I’ve never once believed she’s leaving. The town has a longer memory than she does, and it isn’t finished with her.”",
      ),
      p(
        "Northlight has not announced a renewal. In a statement, the streamer said it was “thrilled by the audience response” to the series, which it calls its most-watched original drama debut of the year, but declined to comment on a second season. Two people close to the production say a writers’ room has been pencilled in for early spring, pending a formal order.",
      ),
      p(
        "Vance, 44, a former line cook who spent a decade writing for the stage before selling her first pilot, said a second season would widen the lens beyond the Kell family’s kitchen. She laid out the idea on a recent episode of the *Harbour & Hearth* podcast:",
      ),
      quote(
        "“Season one was about inheritance — what you’re handed whether you want it or not. If there’s a season two, it’s about debt. Who owes whom in that town, and what happens when somebody finally comes to collect. The fire doesn’t wipe anything clean. If anything, it makes the ledger easier to read.”",
      ),
      p(
        "That ledger, fans have noted, includes Cal Kell (Tomas Reyes-Holt), Mara’s younger brother, whose whereabouts on the night of the fire are left conspicuously unaccounted for. Asked directly whether Cal struck the match, Vance laughed. “I’ll say this: everyone in Harrow Bay had a reason, and only one of them had a key.”",
      ),
      p(
        "Avenel, for her part, has been openly lobbying for more. “I’d go back tomorrow — I’d go back tonight,” the 31-year-old told reporters at a Northlight screening event. “Mara spent the whole season trying to prove she could survive without that place. The interesting thing now is watching her find out she can’t, and deciding whether that’s a tragedy or a relief.”",
      ),
      p(
        "She also has one very specific request. “I want a scene where she actually sleeps,” Avenel said. “Eight episodes and the woman never gets more than four hours. Give her one nap. That’s all I’m asking.”",
      ),
      p(
        "Reyes-Holt was more guarded when the subject came up on the red carpet at the Harbourlight Film Festival. “I’ve been told that if I say anything at all, a very polite lawyer will appear behind me,” he said. “So: Cal is fine. Probably. Ask me in a year.”",
      ),
      p(
        "Vance said she has already mapped out a rough arc for a potential second run, and would like to return to the show’s original kitchen set, which was built inside a disused boatshed on the coast rather than on a soundstage. “The smell of that room is half the performance,” she said. “You can’t fake woodsmoke in a studio. Believe me, we tried.”",
      ),
      p("All eight episodes of *Salt & Ember* season one are streaming now on Northlight."),
    ),
  },

  // (d) Music news piece with a bulleted tracklist.
  {
    slug: "juniper-hale-glasshouse-hearts-tracklist",
    title: "Juniper Hale reveals the ‘Glasshouse Hearts’ tracklist — including a duet nobody saw coming",
    dek: "The pop star’s third album arrives next month with 12 songs, a co-writer from her school days and a surprise guest from the indie world.",
    section: "music",
    tags: ["juniper-hale", "glasshouse-hearts", "marigold-static"],
    bylines: [THEO],
    status: "published",
    hoursFromNow: 6,
    hero: heroOf("vinyl-record"),
    body: doc(
      p(
        "Juniper Hale has never been one for slow rollouts. Six weeks after teasing her third album with a single grainy photo of a greenhouse at night, the singer-songwriter has unveiled the full tracklist for *Glasshouse Hearts*, due next month on Paper Kite Records.",
      ),
      p(
        "The 12-song record is Hale’s first since *Tin Can Telephone*, the multi-platinum breakthrough that turned a bedroom-pop cult favourite into an arena headliner. Where that album was bright and immediate, Hale has described the follow-up as “a record for the hour after the party, when the lights come up and everyone looks a bit more honest.”",
      ),
      p("Here’s the full tracklist:"),
      bullets(
        "“Greenhouse at Midnight”",
        "“Paper Crowns”",
        "“Borrowed Coat”",
        "“Salt on the Window” (feat. Rory Castellane)",
        "“Soft Landing”",
        "“Ninety-Nine Stairs”",
        "“Cathedral Ceiling”",
        "“Phone Voice”",
        "“Taillights & Tinsel”",
        "“Hothouse Flower”",
        "“Glasshouse Hearts”",
        "“Goodnight, Gardener”",
      ),
      p(
        "The biggest surprise is track four. “Salt on the Window” pairs Hale with Rory Castellane, the famously reclusive frontman of recently reunited indie band Marigold Static, whose comeback show sold out in under a minute. The two reportedly met at a songwriting retreat years before either was well known and have kept up a correspondence ever since — Hale calls it “a very long, very slow pen-pal situation.”",
      ),
      p(
        "“Rory sent me a voice memo of him humming next to a washing machine on its spin cycle,” Hale said in a statement announcing the tracklist. “I built the whole song around the rhythm of that machine. He still doesn’t know whether to be flattered.”",
      ),
      p(
        "Elsewhere, the album reunites Hale with producer Oskar Lindahl, who helmed most of her debut, and features a co-write on “Ninety-Nine Stairs” with Tess Albury, a childhood friend who now teaches music in Hale’s hometown. The closing track, “Goodnight, Gardener,” is a piano ballad recorded in a single take; Hale has said she kept the sound of a creaking chair in the mix “because that chair is basically a session player at this point.”",
      ),
      p(
        "Lead single “Paper Crowns” is out now. Hale is expected to announce tour dates in the coming days, and fans who preordered the album through her official store will get early access to tickets.",
      ),
    ),
  },

  // (c) Film review.
  {
    slug: "tidewater-hymn-review",
    title: "‘Tidewater Hymn’ review: a quiet, devastating portrait of a village that forgot how to leave",
    dek: "Noor Halloran’s debut feature, Harbourlight’s opening-night film, trusts silence more than most movies trust dialogue. It pays off.",
    section: "film",
    tags: ["tidewater-hymn", "reviews", "harbourlight-film-festival"],
    bylines: [INES],
    status: "published",
    hoursFromNow: 14,
    hero: heroOf("film-strip"),
    seoTitle: "Tidewater Hymn review: Noor Halloran’s quietly devastating debut",
    seoDescription: "Dolores Ferreira-Nunn and Ezra Lindqvist lead a patient, tender drama about a tidal village and its last church choir.",
    body: doc(
      p(
        "There is a moment, about forty minutes into *Tidewater Hymn*, when a church organ stops mid-chord because the power has gone out across the whole peninsula. Nobody in the congregation moves. The organist, a retired ferryman named Aled (Ezra Lindqvist), simply sits with his hands on the keys, waiting for the electricity — or something else — to come back. Noor Halloran holds the shot for nearly a full minute. It is the bravest minute of filmmaking I’ve seen this year.",
      ),
      p(
        "Halloran’s debut feature, which premiered as the Harbourlight Film Festival’s opening-night selection and arrives in cinemas on Friday, is set in a tidal village cut off from the mainland twice a day. The causeway floods, the village waits; the causeway drains, the village goes back to work. Into this rhythm comes Bea (Dolores Ferreira-Nunn), a sound archivist sent to record the parish choir before the church is deconsecrated and sold. She plans to stay a week. You can guess how that goes, and Halloran is smart enough not to pretend otherwise.",
      ),
      p(
        "What you can’t guess is how little the film leans on plot. There is no villain, no secret buried under the altar. The conflict is slower and sadder: a community that has outlived its reason for existing, trying to decide whether to sing one more time or simply let the building go quiet. Halloran, who co-wrote the script with her brother Caspar, lets these arguments play out in kitchens and on the causeway at low tide, in half-finished sentences that feel overheard rather than written.",
      ),
      p(
        "Ferreira-Nunn is superb as an outsider who keeps mistaking politeness for welcome. Bea spends most of the film in headphones, and the sound design puts us inside them — the hiss of tape, wind shearing across a microphone, the faint click of a tongue before a hymn begins. It’s an unusually intimate way to build a character, and it means that when she finally takes the headphones off, the effect is almost physical.",
      ),
      p(
        "Lindqvist, a veteran character actor who has spent thirty years playing doctors and detectives in other people’s stories, gets the role of his career. Aled is stubborn, funny and very frightened, and Lindqvist plays all three at once without ever signalling which one we’re supposed to be watching.",
      ),
      p(
        "The film isn’t flawless. A subplot involving a property developer — the only character who feels written to a brief — arrives late and leaves little impression, and the final ten minutes reach for a catharsis the rest of the film has wisely avoided. Cinematographer Wiebke Sandoval’s grey-green palette, gorgeous for most of the running time, occasionally tips into monotony.",
      ),
      p(
        "But these are small complaints against a film of real patience and feeling. *Tidewater Hymn* is about the sound a place makes when it’s nearly gone, and Halloran has found a way to let us hear it.",
      ),
      p("**Verdict:** ★★★★☆ — a confident, tender debut that earns every one of its silences."),
      p("*Tidewater Hymn* opens in cinemas on Friday. Running time: 112 minutes."),
    ),
  },

  // (e) Celebrity piece with a pull quote.
  {
    slug: "margaux-ellery-dedicates-harbourlight-tribute-to-stunt-team",
    title: "Margaux Ellery dedicates her Harbourlight tribute to the stunt team “who took the falls I got the credit for”",
    dek: "The ‘Meridian Run’ star used her career award to make a pointed case for the people whose names scroll past fastest in the credits.",
    section: "celebrity",
    tags: ["margaux-ellery", "harbourlight-film-festival", "meridian-run", "red-carpet"],
    bylines: [PRIYA],
    status: "published",
    hoursFromNow: 28,
    hero: heroOf("red-carpet"),
    body: doc(
      p(
        "Margaux Ellery has jumped off a dam, been dragged behind a speedboat and dangled from a helicopter skid over a glacier — at least on screen. On the closing night of the Harbourlight Film Festival, accepting the festival’s Lantern Award for career achievement, the *Meridian Run* star made a point of naming the people who actually did most of it.",
      ),
      p(
        "Ellery, 46, walked the red carpet in a column gown of oxblood velvet by designer Anaïs Corbel before taking the stage in the festival’s harbourside marquee. She thanked her family, her agent of two decades and director Sasha Imrie, who presented the award. Then she asked seven people in the third row to stand up.",
      ),
      p(
        "They were members of her longtime stunt team, led by stunt coordinator Bex Okonjo-Ware, who has doubled for Ellery on all four *Meridian Run* films. “You have watched these women fall off things for twenty years and thought it was me,” Ellery told the audience. “It was not me. I was in a warm trailer, eating a sandwich, worrying about my fringe.”",
      ),
      pullQuote(
        "“Every time you gasped, it was because someone in this row decided to be brave on a Tuesday so I could look brave forever.”",
        "Margaux Ellery, accepting the Lantern Award",
      ),
      p(
        "The speech drew a standing ovation and spread quickly online, where it was shared widely by stunt performers and crew. It also landed at a pointed moment: industry groups have spent years lobbying major awards bodies to create a dedicated category for stunt work, so far without success. Ellery did not name any awards show, but she didn’t need to. “There are trophies for the people who choose the font on the poster,” she said, to laughter. “I’m just saying.”",
      ),
      p(
        "Okonjo-Ware, reached after the ceremony, said the team had no idea the moment was coming. “She told us to sit in the third row and wear something nice,” she said. “We assumed she’d lost a bet.”",
      ),
      p(
        "Imrie, introducing Ellery earlier in the evening, described her as “the only lead actor I’ve worked with who asks to see the stunt rehearsals before her own.” The two are currently finishing *Meridian Run: Undertow*, the fourth film in the franchise, due in cinemas next summer.",
      ),
      p(
        "Its first trailer, released just days before the tribute, features what Imrie has called the series’ most complicated practical sequence yet — filmed, naturally, with Okonjo-Ware in the water.",
      ),
    ),
  },

  // (b) Interview Q&A with the creator and lead actress.
  {
    slug: "salt-and-ember-oriel-vance-chloe-avenel-interview",
    title: "‘Salt & Ember’ creator Oriel Vance and star Chloé Avenel on smoke, grief and that finale",
    dek: "The pair behind Northlight’s breakout drama talk kitchen boot camp, the scene they fought over and the title the show almost had.",
    section: "tv",
    tags: ["salt-and-ember", "oriel-vance", "chloe-avenel", "interviews"],
    bylines: [JONAH],
    status: "published",
    hoursFromNow: 50,
    hero: heroOf("tv-screen-glow"),
    body: doc(
      p(
        "*Salt & Ember* arrived on Northlight with little fanfare and no famous faces. Two months later, it’s the streamer’s most-talked-about drama of the year and the leader of the Lumen Awards field, with nine nominations.",
      ),
      p(
        "The show follows Mara Kell (Chloé Avenel), a rising chef who returns to the coastal town of Harrow Bay after her father’s death to find his smokehouse restaurant, the Ember, drowning in debt — and her younger brother, Cal (Tomas Reyes-Holt), determined to sell. Creator Oriel Vance and Avenel sat down with Marquee to talk about food, fire and that ending. This conversation has been edited and condensed.",
      ),
      question("Oriel, you spent years in restaurant kitchens before you wrote for the stage. How much of *Salt & Ember* is autobiography?"),
      answer(
        "ORIEL VANCE",
        "Less than people assume and more than I’d like. My parents were a postman and a dental receptionist, so no family restaurant. But I spent eleven years on the line, and I know exactly what it feels like to stand in a kitchen at two in the morning and realise the place you love is going to break your heart. Mara’s circumstances are invented. Her exhaustion is entirely mine.",
      ),
      question("Chloé, you did a kitchen boot camp before filming. What did that involve?"),
      answer(
        "CHLOÉ AVENEL",
        "Three weeks in a working restaurant, which I was not prepared for. The head chef made me fillet mackerel until I stopped apologising to the fish. I burned my forearm on day two, and Oriel was weirdly thrilled about it.",
      ),
      answer(
        "VANCE",
        "I was not thrilled. I was… professionally interested. Every cook has a burn in exactly that spot. We didn’t even need the make-up team.",
      ),
      question(
        "Mara is often hard to like — she’s prickly, she lies to her brother, she makes some genuinely bad decisions. Were you ever asked to soften her?",
      ),
      answer(
        "VANCE",
        "Once, early on, someone suggested she should have a dog. I said no. That note was about making her “relatable,” and I’ve never found relatable characters very interesting. I want people to understand Mara, not necessarily to approve of her.",
      ),
      answer(
        "AVENEL",
        "I loved that she wasn’t trying to be liked. She’s not performing for anyone — she’s just trying to keep the lights on. And there’s something very funny about a person that stubborn. People forget the show is funny.",
      ),
      question("The relationship between Mara and Cal is the show’s spine. How did you and Tomas build it?"),
      answer(
        "AVENEL",
        "A lot of arguing over board games, honestly. Tomas is extremely competitive and so am I, and by the second week of rehearsals we had a genuine sibling dynamic: resentment, loyalty and a running score neither of us would let go. We still text each other the score.",
      ),
      question("Was there a scene you two disagreed about?"),
      answer("VANCE", "Episode six. The argument in the walk-in fridge."),
      answer("AVENEL", "Oh, here we go."),
      answer("VANCE", "In the script, Mara doesn’t cry. Chloé thought she should. We shot it both ways."),
      answer("AVENEL", "And she used the take where I don’t cry, and she was right, and I’ve been annoyed about it ever since."),
      question("The Ember burns, Mara boards the last ferry, and we never see who lit the match. Did you always know it would end that way?"),
      answer(
        "VANCE",
        "I knew the restaurant would burn. I didn’t know she would leave until I was writing the last ten pages. I kept trying to give her a reason to stay, and every reason felt like a lie. Leaving was the only honest thing she could do in that moment. Whether it sticks is another question.",
      ),
      question("The show almost had a different title, didn’t it?"),
      answer(
        "VANCE",
        "For about a year it was called *The Smokehouse*, which is a perfectly good title for a barbecue cookbook. *Salt & Ember* comes from a line Mara’s father says in the pilot — salt to keep things, fire to change them. Once I heard it out loud, nothing else fit.",
      ),
      question("Finally: what should a new viewer know before they press play?"),
      answer("AVENEL", "Eat first. I mean it. Do not watch the pilot hungry."),
      p("Season one of *Salt & Ember* is streaming now on Northlight."),
    ),
  },

  // (h) Trailer news with a YouTube embed.
  {
    slug: "meridian-run-undertow-first-trailer",
    title: "Watch: the first ‘Meridian Run: Undertow’ trailer sends Margaux Ellery to the bottom of the sea",
    dek: "The fourth instalment of the spy franchise trades rooftops for a sunken research station — and Sasha Imrie says nearly everything you see is real.",
    section: "film",
    tags: ["meridian-run", "margaux-ellery", "sasha-imrie", "trailers"],
    bylines: [INES],
    status: "published",
    hoursFromNow: 75,
    hero: heroOf("underwater-light"),
    seoTitle: "Meridian Run: Undertow trailer — watch Margaux Ellery go underwater",
    seoDescription:
      "Grayfield Pictures has released the first trailer for Meridian Run: Undertow, with Margaux Ellery back as Sable Hart and director Sasha Imrie’s full-scale flooded set.",
    body: doc(
      p(
        "Sable Hart has survived avalanches, sandstorms and a memorable fistfight inside a moving cable car. Now she’s going under. Grayfield Pictures has released the first trailer for *Meridian Run: Undertow*, the fourth film in its globe-trotting spy series, and it is very, very wet.",
      ),
      embed("https://www.youtube.com/watch?v=dQw4w9WgXcQ"),
      p(
        "The two-and-a-half-minute teaser opens on a storm-battered platform in the North Atlantic before plunging — literally — into a flooded research station on the seabed, where Margaux Ellery’s Hart appears to be racing both a rising waterline and a rival agent played by newcomer Kasimir Oduya.",
      ),
      p(
        "Director Sasha Imrie, returning for her third *Meridian Run* film, has made no secret of her dislike of digital water. “If the audience sees Margaux holding her breath, it’s because Margaux is holding her breath,” Imrie said in a statement accompanying the trailer. “We built the station at full scale inside a tank and flooded it, slowly, over about four months. The crew called it the aquarium. Margaux called it something I can’t repeat.”",
      ),
      p(
        "Ellery trained with free-diving instructors for most of a year ahead of the shoot and can reportedly now hold her breath for more than four minutes — a number she has been cheerfully bringing up in interviews. “It’s the only useful skill this job has ever given me,” she joked at a fan event earlier this year. “I can’t cook. I can’t parallel park. But drop me in a swimming pool and I will outlast you.”",
      ),
      p(
        "The trailer also offers a first look at returning franchise favourites, including Hart’s long-suffering handler, Pemberton, and the series’ resident tech genius, Lark, both glimpsed in a single cut that has already launched a thousand fan theories about who survives the third act.",
      ),
      p(
        "Plot details remain scarce. Grayfield’s official synopsis says only that Hart must “recover something the ocean was meant to keep,” a line fans have begun dissecting frame by frame. The final shot — Hart surfacing alone into a sea on fire — suggests the stakes are, as ever, somewhat larger than the budget of a small country.",
      ),
      p("*Meridian Run: Undertow* arrives in cinemas next summer."),
    ),
  },

  // (g) Explainer structured with h2 subheadings.
  {
    slug: "the-glass-parish-everything-we-know",
    title: "‘The Glass Parish’: everything we know about Northlight’s next big mystery",
    dek: "Cast, plot, premiere date and the stained-glass secret at the heart of the streamer’s new limited series.",
    section: "tv",
    tags: ["the-glass-parish", "northlight", "casting", "tomas-reyes-holt"],
    bylines: [JONAH, MARCUS],
    status: "published",
    hoursFromNow: 110,
    hero: heroOf("tv-screen-glow"),
    body: doc(
      p(
        "Northlight has spent the year quietly building one of the strongest slates in streaming, and its next swing may be its most ambitious. *The Glass Parish*, a six-part mystery set in a village of stained-glass makers, premieres next month — and the teasers so far have been as opaque as the windows themselves.",
      ),
      h2("What is ‘The Glass Parish’ about?"),
      p(
        "The series follows Detective Inspector Honor Quaile, who returns to the hill village where she grew up after a master glassmaker is found dead beneath a shattered church window. The village has made stained glass for cathedrals across Europe for three centuries, and its families guard their techniques — and their grudges — with equal ferocity. As Honor digs, she discovers that the window was designed to tell a story, and that someone has spent decades hiding its final panel.",
      ),
      p(
        "Creator Lucan Farrow, a crime novelist making his television debut, has described the show as “a murder mystery told in pieces, where every piece is a different colour.”",
      ),
      h2("Who’s in the cast?"),
      p(
        "Stage actress Ottilie Brannock leads as Honor in her first major screen role. She is joined by Tomas Reyes-Holt, fresh off his breakout turn as Cal Kell in *Salt & Ember*, as the dead man’s estranged apprentice, and by veteran character actor Ezra Lindqvist — currently collecting raves on the festival circuit for *Tidewater Hymn* — as the village’s eccentric parish priest.",
      ),
      p(
        "Rounding out the ensemble are Marisol Etxeberria as Honor’s blunt, chain-snacking sergeant and newcomer Fintan Greaves as a teenage glass-cutter who may know more than anyone realises.",
      ),
      h2("Is it connected to ‘Salt & Ember’?"),
      p(
        "Not narratively, though eagle-eyed fans have noticed that both shows share a production designer, Solveig Ambrose, and were filmed along the same stretch of coast. Farrow has played down any link. “Different towns, different weather, different funerals,” he said. Northlight’s marketing team, however, has not been shy about pairing the two.",
      ),
      h2("When does it premiere?"),
      p(
        "All six episodes arrive on Northlight next month, with an exact date to be confirmed. Unlike *Salt & Ember*, which was released weekly, *The Glass Parish* will drop as a full-season binge — a choice Farrow says suits a story designed to be “solved in one sitting, ideally with the curtains closed.”",
      ),
      h2("Is there a trailer?"),
      p(
        "Not yet. A 30-second teaser released last month shows nothing but light moving through coloured glass, accompanied by the sound of a single chisel. We’ll update this article when a full trailer arrives.",
      ),
    ),
  },

  // (f) Renewal news with a correction note.
  {
    slug: "low-orbit-renewed-for-fourth-season",
    title: "‘Low Orbit’ renewed for a fourth season at Halcyon Network",
    dek: "The satellite-station sitcom returns next year with 13 episodes, a new showrunner setup and Wren Adebayo back in the control room.",
    section: "tv",
    tags: ["low-orbit", "halcyon-network", "wren-adebayo", "renewals"],
    bylines: [JONAH],
    status: "published",
    hoursFromNow: 160,
    hero: heroOf("city-skyline-dusk"),
    correctionNote: "An earlier version of this article misstated the size of the season four order. Halcyon Network has ordered 13 episodes, not 10.",
    body: doc(
      p(
        "Ground control, we have a renewal. Halcyon Network has ordered a fourth season of *Low Orbit*, its workplace comedy set at a cash-strapped satellite-tracking station in the middle of nowhere, keeping one of broadcast television’s most dependable performers on the air through at least next year.",
      ),
      p(
        "The 13-episode order was announced by Halcyon’s head of comedy, Benedict Osei-Lyall, at the network’s upfront presentation. “*Low Orbit* is the rare show that grows its audience every season,” he said. “It’s warm, it’s weird, and it’s the only sitcom on television where a plot can hinge on orbital mechanics and a vending machine in the same episode.”",
      ),
      p(
        "Wren Adebayo returns as Dot Pruitt, the station’s perpetually overwhelmed manager, alongside series regulars Hamish Tolliver as conspiracy-minded engineer Gus and Yusra Kamali as Ondine, the unflappable night-shift technician who has quietly become the show’s breakout character.",
      ),
      p(
        "The renewal brings a change behind the scenes. Co-creator Calla Rosenquist will take over as sole showrunner, while her longtime writing partner, Jules Marchbank, steps back to develop a new project for the network. Rosenquist said the new season would finally answer the question fans have been asking since the pilot: what, exactly, is the mysterious signal the station picks up every Thursday at 3:14 a.m.?",
      ),
      p(
        "“We’ve been promising an answer for three years,” she said. “I think people have stopped believing we know. We know. We’ve always known. It’s so much dumber than you think, and I love it.”",
      ),
      p(
        "Season three wrapped last month with the show’s highest-rated finale to date, drawing a bigger live audience than any other scripted comedy on Halcyon this season. Adebayo is also nominated for best comedy actress at the upcoming Lumen Awards — her third consecutive nomination for the role — and will host the ceremony, which airs on Halcyon.",
      ),
      p(
        "Asked how she planned to juggle both, Adebayo was characteristically unbothered. “I’ve played a woman keeping a failing space station running on duct tape and optimism for three years,” she said. “I think I can handle an awards show.”",
      ),
      p("All three seasons of *Low Orbit* are available to stream on the Halcyon app."),
    ),
  },

  // Live review.
  {
    slug: "marigold-static-reunion-show-review",
    title: "Marigold Static’s reunion show was loud, sweaty and worth the eight-year wait",
    dek: "The cult indie band returned to the Foundry Ballroom with a two-hour set that felt less like nostalgia than unfinished business.",
    section: "music",
    tags: ["marigold-static", "tours", "reviews"],
    bylines: [THEO],
    status: "published",
    hoursFromNow: 230,
    hero: heroOf("stage-spotlights"),
    body: doc(
      p(
        "About halfway through Marigold Static’s first concert in eight years, Rory Castellane stopped, squinted into the crowd at the Foundry Ballroom and asked if anyone had a spare plectrum. Roughly four hundred people did. The singer accepted one — a lime-green pick lobbed from somewhere near the bar — played the next song with it, then dropped it back into the front row like a relic. It was that kind of night.",
      ),
      p(
        "The four-piece, who split in a haze of mutual exhaustion after their third album, *Porchlight Semaphore*, have been coy about what this reunion actually is. A one-off? A tour? A new record? On stage they offered no answers, but the 24-song set made a persuasive case that whatever broke them has healed.",
      ),
      p(
        "They opened cold with “Lantern Jaw,” the jittery four-chord single that first got them noticed, and the room — a converted tram depot with the acoustics of a cathedral and the ventilation of a submarine — erupted. Drummer Effie Kowalczyk, who spent the break years playing session work and teaching, was the night’s quiet engine, pushing older songs a few beats faster than their recorded versions without losing an ounce of swagger.",
      ),
      p(
        "The highlights came in the middle stretch. “Sodium Lights” was stretched into a seven-minute haze of feedback and harmony, while a stripped-down “Margaret, Undone” had Castellane and bassist Joss Amankwah-Reid sharing a single microphone in a pool of white light, the crowd singing so loudly the band briefly stopped to listen.",
      ),
      p(
        "If there was a weakness, it was the two unreleased songs slotted in near the end. Neither was bad — the second, a woozy piano-led number Castellane introduced only as “the new one, obviously,” has real promise — but both felt like sketches next to songs this audience has lived with for over a decade. That’s an unfair fight, and the band seemed to know it.",
      ),
      p(
        "The encore was where the night became something more. Guitarist Ruth Ferrand returned alone to play the opening figure of “Semaphore” on an acoustic guitar before the rest of the band crashed in behind her. By the final chorus, Castellane had climbed onto the barrier and disappeared into the crowd, still singing.",
      ),
      p("“We didn’t know if anyone would come,” he said as the house lights went up. “Thank you for remembering us better than we were.”"),
      p("On this evidence, nobody needed reminding."),
    ),
  },

  // Celebrity feature.
  {
    slug: "chloe-avenel-and-tomas-reyes-holt-open-a-bookshop",
    title: "Chloé Avenel and Tomas Reyes-Holt have opened a bookshop in the village where they filmed ‘Salt & Ember’",
    dek: "The on-screen siblings took over the lease on a closing shop during filming. Now it has a name, a cat and a queue out the door.",
    section: "celebrity",
    tags: ["chloe-avenel", "tomas-reyes-holt", "salt-and-ember"],
    bylines: [JONAH],
    status: "published",
    hoursFromNow: 300,
    hero: heroOf("coastal-dusk"),
    body: doc(
      p("Most actors leave a location with a few souvenirs and a group chat. Chloé Avenel and Tomas Reyes-Holt left with a commercial lease."),
      p(
        "The *Salt & Ember* co-stars, who play feuding siblings Mara and Cal Kell on Northlight’s hit drama, have opened a small secondhand bookshop in Skerrow, the fishing village that doubled for the show’s fictional Harrow Bay. Low Tide Books opened its doors last weekend to a queue that, according to one neighbour, “went past the chip shop and round the lifeboat station.”",
      ),
      p(
        "The pair signed the lease during the final weeks of filming, after learning that the village’s only bookshop — a fixture on the harbour front for more than forty years — was closing when its owner retired. “We were in there every lunch break,” Avenel wrote in a post announcing the opening. “When we heard it was shutting, Tomas said, half joking, ‘We should just buy it.’ And then neither of us laughed.”",
      ),
      p(
        "Reyes-Holt, who grew up above his grandparents’ hardware shop, said he had always wanted to run a business where “the main product doesn’t go off.” “I’ve worked in kitchens,” he added. “I’ve seen what happens to fish.”",
      ),
      p(
        "Neither actor plans to staff the till full-time. The shop is run day to day by Morwen Teague, the former owner’s granddaughter, who was hired as manager, though both stars have promised regular shifts when their schedules allow. Avenel is said to be responsible for the poetry section. Reyes-Holt has claimed the maps.",
      ),
      p(
        "The shop also has a resident cat, a one-eyed tabby called Admiral who once belonged to the village harbourmaster and who, locals say, has turned up at the shop every morning since long before the actors got involved. “He came with the building,” Reyes-Holt said. “Technically, I think we work for him.”",
      ),
      p(
        "Fans of the show have already begun making the trip. Teague said the shop sold more books in its first two days than in the previous two months, though she noted that a significant number of customers “mostly came in to take a photo with the cat.”",
      ),
      p("Low Tide Books is open Wednesday to Sunday. Profits, the pair say, will go into a community fund for the village school’s library."),
    ),
  },

  // Festival lineup news.
  {
    slug: "harbourlight-film-festival-lineup-tidewater-hymn-to-open",
    title: "Harbourlight Film Festival lineup: ‘Tidewater Hymn’ to open, Margaux Ellery to receive career tribute",
    dek: "The seaside festival’s 22nd edition brings 64 features from 31 countries, a new midnight strand and a tribute to one of action cinema’s biggest stars.",
    section: "film",
    tags: ["harbourlight-film-festival", "tidewater-hymn", "margaux-ellery", "sasha-imrie"],
    bylines: [INES],
    status: "published",
    hoursFromNow: 350,
    hero: heroOf("film-strip"),
    body: doc(
      p(
        "The Harbourlight Film Festival will open with *Tidewater Hymn*, the debut feature from writer-director Noor Halloran, organisers said as they unveiled the lineup for the festival’s 22nd edition.",
      ),
      p(
        "Set in a tidal village cut off from the mainland twice a day, the film stars Dolores Ferreira-Nunn as a sound archivist sent to record a parish choir before its church is sold, with Ezra Lindqvist as the village organist. Festival director Marguerite Oyelaran called it “exactly the kind of film Harbourlight exists for — patient, local in its details and universal in its heart.”",
      ),
      p(
        "Margaux Ellery, star of the *Meridian Run* franchise, will receive the festival’s Lantern Award for career achievement on closing night. The honour will be presented by Sasha Imrie, who has directed Ellery in two *Meridian Run* films and is completing the third, *Meridian Run: Undertow*.",
      ),
      p(
        "“Margaux has spent two decades making the impossible look effortless,” Oyelaran said. “We wanted to celebrate the craft behind that — and we suspect she’ll want to share the credit.”",
      ),
      p("Other highlights of this year’s programme include:"),
      bullets(
        "*The Cartographers*, a sprawling road movie about two estranged sisters mapping a coastline that is disappearing faster than they can draw it",
        "*Night Ferry to Vell*, a slow-burning romance set entirely aboard an overnight crossing",
        "*Bramble & Bone*, a stop-motion folk tale that headlines Harbour After Dark, the festival’s new midnight strand",
        "*Static Saint*, a documentary about a pirate-radio DJ who broadcast from a fishing trawler for thirty years",
        "*The Long Quay*, a restored 1960s melodrama thought lost until a reel surfaced in a lighthouse keeper’s loft",
      ),
      p(
        "This year’s competition jury will be chaired by the documentary filmmaker Ayo Lindström, who said she was looking for “films that make me forget I’m on a jury.”",
      ),
      p(
        "The festival runs for five days across six venues, including the restored Pier Pavilion. Tickets go on general sale on Friday, with priority booking for festival members opening a day earlier.",
      ),
    ),
  },

  // Awards nominations.
  {
    slug: "lumen-awards-nominations-salt-and-ember-leads",
    title: "Lumen Awards nominations: ‘Salt & Ember’ leads the field with nine",
    dek: "Northlight’s first-year drama tops the list, ‘Low Orbit’ cleans up in comedy, and the ceremony gets a host who is also a nominee.",
    section: "tv",
    tags: ["lumen-awards", "salt-and-ember", "low-orbit", "wren-adebayo", "northlight"],
    bylines: [MARCUS, JONAH],
    status: "published",
    hoursFromNow: 400,
    hero: heroOf("red-carpet"),
    seoTitle: "Lumen Awards nominations: full list of major nominees",
    seoDescription:
      "Salt & Ember leads the Lumen Awards with nine nominations, Low Orbit follows with seven, and Wren Adebayo will host. See the major nominees.",
    body: doc(
      p(
        "*Salt & Ember* leads the nominations for this year’s Lumen Awards, picking up nine nods including best drama series, lead actress for Chloé Avenel and writing for creator Oriel Vance. It is the highest tally ever for a first-season show in the awards’ history — and a coup for Northlight, which had never before landed a drama series nomination.",
      ),
      p(
        "Halcyon Network’s *Low Orbit* followed with seven, among them best comedy series and a third consecutive comedy actress nomination for Wren Adebayo. In a twist the organisers clearly enjoyed, Adebayo was also announced this morning as the ceremony’s host.",
      ),
      p(
        "“I have been told I’m not allowed to present an award to myself,” Adebayo said in a statement. “I have been told this several times, by several lawyers. I think they’re worried.”",
      ),
      p("Nominees in the major categories include:"),
      bullets(
        "**Drama series:** *Salt & Ember*, *Kingsfold*, *The Weir*, *Quarry Hill*, *Sundown Protocol*",
        "**Comedy series:** *Low Orbit*, *Two Forks*, *The Night Desk*, *Mothballs*, *Clearance Sale*",
        "**Lead actress, drama:** Chloé Avenel (*Salt & Ember*), Henrietta Vos (*Kingsfold*), Amara Leclair (*The Weir*), Dagny Holm (*Quarry Hill*)",
        "**Lead actress, comedy:** Wren Adebayo (*Low Orbit*), Faye Calloway (*Two Forks*), Mireille Santos (*The Night Desk*), Bettina Crowe (*Mothballs*)",
        "**Supporting actor, drama:** Tomas Reyes-Holt (*Salt & Ember*), Caspian Moody (*Kingsfold*), Lennart Obi (*Sundown Protocol*), Hugo Ferrante (*The Weir*)",
        "**Writing, drama:** Oriel Vance (*Salt & Ember*), Imogen Strand (*Kingsfold*), Teodor Haas (*The Weir*)",
      ),
      p(
        "The biggest surprise was the near shutout of *Sundown Protocol*, last year’s drama series winner, which managed just two nominations after a divisive second season. Its creator, Laszlo Brenn, took it in stride, posting a photo of an empty trophy shelf captioned “more room for plants.”",
      ),
      p(
        "For Vance, who learned of her show’s haul while on a train with no signal, the news arrived in a rush once she reached the station. “I had forty-one messages, and thirty of them were from my mum,” she said. “The other eleven were from Chloé, in capital letters.”",
      ),
      p("The Lumen Awards will be broadcast live on Halcyon Network and streamed on the Halcyon app."),
    ),
  },

  // Scheduled: awards viewing guide (h2 structure too).
  {
    slug: "how-to-watch-the-lumen-awards",
    title: "How to watch the Lumen Awards — plus who’s hosting, performing and favoured to win",
    dek: "Wren Adebayo hosts, Juniper Hale performs, and ‘Salt & Ember’ goes in as the drama to beat.",
    section: "tv",
    tags: ["lumen-awards", "halcyon-network", "wren-adebayo", "juniper-hale", "salt-and-ember"],
    bylines: [MARCUS],
    status: "scheduled",
    hoursFromNow: 15,
    hero: heroOf("stage-spotlights"),
    body: doc(
      p(
        "Television’s most unpredictable night is almost here. The Lumen Awards return this weekend with a first-time host, a first-year drama leading the nominations and, if rehearsal gossip is to be believed, at least one live animal. Here’s everything you need to know.",
      ),
      h2("When and where to watch"),
      p(
        "The ceremony airs live on Halcyon Network at 8 p.m. Eastern, with a red carpet pre-show starting two hours earlier. Viewers without a cable subscription can stream both on the Halcyon app, and the full ceremony will be available on demand from the following morning.",
      ),
      h2("Who’s hosting?"),
      p(
        "*Low Orbit* star Wren Adebayo makes her hosting debut while also competing for comedy actress for the third year running. She has promised a monologue that is “mostly about the seating chart” and confirmed that, should she win, a co-presenter will hand her the trophy “to avoid a paradox.”",
      ),
      h2("Who’s performing?"),
      p(
        "Juniper Hale will give the first live performance of songs from her upcoming album, *Glasshouse Hearts*, in what producers describe as a “weather-dependent” staging on the theatre’s roof terrace. The in memoriam segment will be accompanied by a string quartet.",
      ),
      h2("Who’s presenting?"),
      bullets(
        "Margaux Ellery and Sasha Imrie",
        "Ezra Lindqvist",
        "Ottilie Brannock and the cast of *The Glass Parish*",
        "Rory Castellane and Effie Kowalczyk of Marigold Static",
      ),
      h2("Who’s favoured to win?"),
      p(
        "*Salt & Ember* goes in as the clear frontrunner for drama series, with Chloé Avenel widely tipped for lead actress and Tomas Reyes-Holt a strong contender in supporting. Comedy is tighter: *Low Orbit* and *Two Forks* have split the season’s precursor prizes, and voters may be tempted to reward the host — or, just as likely, to spare her the awkwardness.",
      ),
      p("Marquee will be covering the ceremony live, with winners, speeches and red carpet highlights as they happen."),
    ),
  },

  // Scheduled: tour announcement.
  {
    slug: "juniper-hale-glasshouse-hearts-tour-dates",
    title: "Juniper Hale announces the ‘Glasshouse Hearts’ tour: dates, cities and how to get tickets",
    dek: "A 24-date run across two continents begins in the spring, with Marigold Static supporting on select nights.",
    section: "music",
    tags: ["juniper-hale", "glasshouse-hearts", "tours", "marigold-static"],
    bylines: [THEO],
    status: "scheduled",
    hoursFromNow: 40,
    hero: heroOf("vinyl-record"),
    body: doc(
      p(
        "Juniper Hale is taking *Glasshouse Hearts* on the road. The singer has announced a 24-date tour in support of her third album, opening in the spring and running through early summer, with Marigold Static joining as special guests on select dates.",
      ),
      p(
        "Unlike her last tour, which played stadiums, this run is built around mid-sized theatres and concert halls. “I wanted rooms where I can see the back row’s faces,” Hale said in announcing the dates. “This album is quieter. I don’t want to shout it across a car park.”",
      ),
      p("The first leg includes:"),
      bullets(
        "**Apr 3** — Dublin, The Lamplight Theatre",
        "**Apr 5** — Manchester, Ardwick Hall",
        "**Apr 8** — London, The Conservatory (Marigold Static supporting)",
        "**Apr 12** — Amsterdam, Koepelzaal",
        "**Apr 15** — Berlin, Glashaus Bühne",
        "**Apr 19** — Paris, Théâtre des Serres",
        "**May 2** — Toronto, The Orchard Room",
        "**May 6** — Chicago, Lakeside Palladium (Marigold Static supporting)",
        "**May 9** — Nashville, Cumberland Music Hall",
        "**May 14** — Los Angeles, The Arroyo",
      ),
      p("A further 14 dates, including a closing three-night stand in Hale’s hometown, will be announced later."),
      p(
        "Fans who preordered *Glasshouse Hearts* through Hale’s official store will receive a presale code by email ahead of the general on-sale. Hale has also confirmed that the tour will not use dynamic pricing, and that a limited number of tickets at every venue will be held back at a flat low price for under-25s.",
      ),
      p(
        "“Every ticket I ever bought as a teenager was paid for in babysitting money,” she said. “If we can keep even some of the room affordable, I want to.”",
      ),
      p(
        "The Marigold Static pairing is the latest chapter in a partnership that began with “Salt on the Window,” the album’s duet between Hale and the band’s frontman, Rory Castellane. Castellane, who rarely gives interviews, confirmed the shows with a one-line statement: “We’ll be the loud ones.”",
      ),
      p("*Glasshouse Hearts* is out next month on Paper Kite Records."),
    ),
  },

  // Draft: opinion essay.
  {
    slug: "why-meridian-run-cant-stop-going-bigger",
    title: "Why ‘Meridian Run’ can’t stop going bigger — and why it might not need to",
    dek: "Four films in, the spy franchise has become a case study in escalation. An argument for the smaller, stranger movie hiding inside it.",
    section: "film",
    tags: ["meridian-run", "box-office", "sasha-imrie", "margaux-ellery"],
    bylines: [PRIYA],
    status: "draft",
    hoursFromNow: 0,
    body: doc(
      p(
        "The first *Meridian Run* cost less than most studios spend on a single trailer campaign today. It was a lean, mean little film about a disgraced courier with one night to cross a city, and its most expensive set piece was a bicycle chase through a flower market. It made a fortune anyway.",
      ),
      p(
        "Three sequels later, Sable Hart has fought on a cable car, outrun an avalanche and — if the new trailer is any guide — will spend much of *Meridian Run: Undertow* in a flooded research station at the bottom of the North Atlantic. Each film has been bigger than the last, and each has been sold on a single question: how did they film that?",
      ),
      p(
        "The box office suggests audiences don’t mind. The third film grossed TK worldwide, the franchise’s best result to date (check final figure with Grayfield before publishing). But the reviews tell a more complicated story, and so, increasingly, does the fan conversation.",
      ),
      p(
        "What people remember about these films is rarely the stunt. It’s the moment in the second film when Hart, cornered in a laundrette, stops to fold a stranger’s shirt before escaping. It’s the long, wordless scene in the third where she sits in a parked car, hands shaking, after the cable-car fight. These are small beats — character beats — and they are exactly the kind of thing a franchise under pressure to escalate tends to cut first.",
      ),
      p(
        "Sasha Imrie, who has directed the last two instalments and the upcoming one, seems aware of the tension. She has spoken about wanting to make a *Meridian Run* film “where the biggest thing that happens is a conversation,” though she has also, in the same breath, described building a full-scale underwater set.",
      ),
      p("Margaux Ellery, whose performance has quietly deepened with every film, deserves that smaller movie. So, frankly, do we."),
      p("[Note to desk: add Imrie quote from the Harbourlight press line; confirm the laundrette scene is in film two, not three.]"),
    ),
  },

  // In review: profile.
  {
    slug: "wren-adebayo-comedy-caregiving-and-the-sitcom-that-saved-her",
    title: "Wren Adebayo on comedy, caregiving & the sitcom that saved her",
    dek: "Before ‘Low Orbit’, she was doing stand-up at midnight and looking after her father by day. Now she’s hosting the Lumen Awards.",
    section: "celebrity",
    tags: ["wren-adebayo", "low-orbit", "lumen-awards"],
    bylines: [PRIYA],
    status: "in_review",
    hoursFromNow: 0,
    hero: heroOf("tv-screen-glow"),
    body: doc(
      p(
        "Wren Adebayo orders a pot of tea, a plate of chips and, after a moment’s hesitation, a second plate of chips. “One’s for the table,” she explains. “The table always wants chips.”",
      ),
      p(
        "It is the kind of line she would give Dot Pruitt, the frazzled satellite-station manager she has played for three seasons on Halcyon Network’s *Low Orbit*, and it’s a reminder that Adebayo’s comic timing is less a performance than a reflex. Over the next hour she will be funny about almost everything: awards shows, her own haircut, the time she accidentally hosted a wedding. The one subject she approaches more carefully is the five years before *Low Orbit*, when she was her father’s full-time carer.",
      ),
      p(
        "“I was doing stand-up at midnight and hospital appointments at nine,” she says. “I got very good at writing jokes in waiting rooms. There’s a specific kind of fluorescent light that is, I think, excellent for comedy. Everything looks slightly tragic.”",
      ),
      pullQuote("“I got very good at writing jokes in waiting rooms.”", "Wren Adebayo"),
      p(
        "Her father, a retired air-traffic controller, died shortly before she was cast. He never saw the show, but he is all over it. Dot’s habit of talking to the station’s computers as if they are nervous pets, Adebayo says, is “entirely Dad — he used to say good morning to the radar.”",
      ),
      p(
        "The role changed her life in practical ways, too. For the first time, she says, she has a pension, a dentist and a sofa she chose herself. “People ask what success feels like. It feels like owning a sofa on purpose.”",
      ),
      p(
        "Now she is preparing to host the Lumen Awards, while also nominated in the comedy actress category for a third straight year. She insists she is not nervous. She then spends several minutes describing, in detail, a recurring dream in which the teleprompter is written in Portuguese.",
      ),
      p(
        "“The trick with hosting is that everyone in the room wants you to do well, because otherwise they have to sit through it,” she says. “It’s the most supportive hostage situation in show business.”",
      ),
      p("As the second plate of chips arrives, she pushes it to the middle of the table. “See?” she says. “It wanted them.”"),
    ),
  },
];
