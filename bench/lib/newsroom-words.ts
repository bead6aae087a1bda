// Word lists for the benchmark newsroom. Every person, show, film, act,
// network and studio they make is invented; resemblance is coincidental.

export const firstNames = [
  "Ada", "Adrian", "Alba", "Amara", "Anders", "Anouk", "Aurelio", "Beatrix", "Benedikt", "Bianca", "Caspian", "Celeste",
  "Cyrus", "Dalia", "Dorian", "Elodie", "Emeric", "Esme", "Evander", "Fenna", "Florian", "Gemma", "Gideon", "Greta",
  "Hana", "Hollis", "Ilse", "Imogen", "Isidro", "Jasper", "Juno", "Kaito", "Kasimir", "Keziah", "Lars", "Leonie",
  "Lior", "Lucinda", "Magnus", "Malia", "Marisol", "Matteo", "Mireille", "Nadia", "Nico", "Noor", "Octavia", "Orin",
  "Ottilie", "Paloma", "Quentin", "Rafferty", "Rosalind", "Ruben", "Saoirse", "Selim", "Sigrid", "Solveig", "Tamsin",
  "Thaddeus", "Tobias", "Una", "Valentin", "Vesna", "Wilhelmina", "Xavi", "Yara", "Yusuf", "Zelda", "Zoran", "Amos",
  "Bram", "Corin", "Delphi", "Ezra", "Farah", "Ines", "Joaquin", "Lina", "Maren",
];

export const lastNames = [
  "Abernathy", "Achebe", "Albright", "Alvarado", "Ashdown", "Bellweather", "Blackwood", "Brannigan", "Castellanos", "Cavendish",
  "Dahlberg", "Delacroix", "Dunmore", "Eastwick", "Ekström", "Fairbanks", "Falkner", "Fontaine", "Galloway", "Garrick",
  "Haldane", "Hargreave", "Holloway", "Ishikawa", "Ivanova", "Jansen", "Kettering", "Kowalczyk", "Lachance", "Larkspur",
  "Lindqvist", "Lockhart", "Marchetti", "Mbeki", "Montclair", "Moreau", "Navarro", "Nightingale", "Northcote", "Okafor",
  "Oyelaran", "Pemberton", "Quillfeather", "Ravensworth", "Rinaldi", "Rosenthal", "Saltonstall", "Santangelo", "Sorensen",
  "Strand", "Tanaka", "Thistlewood", "Trevelyan", "Underhill", "Valcourt", "Vasquez", "Vint", "Wainwright", "Whitlock",
  "Winslow", "Yamamoto", "Zabala", "Zeller", "Ambrose", "Brightwater", "Calloway", "Dearborn", "Everly", "Fitzroy",
  "Greenhalgh", "Hawthorne", "Ingram", "Juniper", "Kingsley", "Lovelace", "Merriweather", "Novak", "Orsini", "Pryce",
  "Quintero", "Redgrave", "Sallow", "Templeton", "Ulloa", "Voss", "Westerly", "Yorke", "Zimmer", "Acheson", "Baptiste",
  "Coventry", "Devereux", "Ellery", "Faraday", "Gilchrist", "Hollander", "Ibarra", "Jessup", "Kilbride", "Lunde",
];

export const titleAdjectives = [
  "Silent", "Golden", "Broken", "Hidden", "Burning", "Velvet", "Paper", "Glass", "Midnight", "Crimson", "Hollow", "Electric",
  "Lonely", "Savage", "Quiet", "Distant", "Wild", "Frozen", "Neon", "Gilded", "Restless", "Salt", "Iron", "Silver", "Last",
  "Lost", "Bright", "Northern", "Little", "Secret", "Radiant", "Wicked", "Gentle", "Feral", "Tender", "Copper", "Perfect",
];

export const titleNouns = [
  "Harbor", "Kingdom", "Orchard", "Signal", "Parish", "Frontier", "Empire", "Lighthouse", "Season", "Inheritance", "Tide",
  "Atlas", "Carnival", "Station", "Garden", "Republic", "Weather", "Crown", "Circuit", "Archive", "Hotel", "Summer",
  "Ledger", "Witness", "Meridian", "Valley", "Canyon", "Ballroom", "Lantern", "Island", "Country", "Dynasty", "Horizon",
  "Precinct", "Academy", "Orbit", "Vineyard", "Bureau", "Harvest", "Shoreline", "Compass", "Courtroom", "Monarch",
];

export const networkNames = [
  "Northlight", "Halcyon Network", "Channel Meridian", "Brightwave+", "Kestrel TV", "Lumen One", "Parallax", "Tidewater",
  "Cobalt Channel", "Foxglove Plus", "Juniper Broadcasting", "Sundial", "Atlas Streaming", "Vantage", "Beacon Prime",
  "Quarry Network", "Nimbus", "Redwood TV", "Starling", "Orchard Media", "Polaris Plus", "Harbor Channel", "Ember",
  "Skylark", "Cinder Network", "Monolith", "Solstice TV", "Wavelength", "Riverside Broadcasting", "Keystone Plus",
];

export const studioNames = [
  "Paragon Pictures", "Longshore Films", "Blue Heron Studios", "Copperline", "Marigold Entertainment", "Westgate Pictures",
  "Stillwater Films", "Ironbridge", "Foghorn Features", "Lanternfly Pictures", "Greyhound Studios", "Cloudbank Films",
];

export const bandWords = [
  "Antennas", "Lanterns", "Comets", "Wolves", "Ferns", "Satellites", "Machines", "Daughters", "Orchids", "Arcades",
  "Echoes", "Monsoons", "Pilots", "Harbors", "Magnets", "Foxes", "Parades", "Gardens", "Rivals", "Tigers",
];

export const eventNames = [
  "Lakeshore Film Festival", "Golden Reel Awards", "Lumen Awards", "Harborfront Music Festival", "Northern Lights Fest",
  "Meridian TV Awards", "Cinder Comedy Festival", "Silver Compass Awards", "Sundown Jazz Weekend", "Pinewood Documentary Week",
  "Atlas Game Awards", "Riverside Book Prize", "Skyline Fashion Week", "Midsummer Opera Nights", "Coastal Shorts Festival",
];

export const topicNames = [
  "Streaming", "Box Office", "Casting", "Renewals", "Cancellations", "Awards Season", "Reviews", "Interviews", "Trailers",
  "Premiere Dates", "Ratings", "Tours", "Album Releases", "Festivals", "Red Carpet", "Behind the Scenes", "Obituaries",
  "Business", "Video Games", "Books", "Reality TV", "Late Night", "Animation", "Documentaries", "Comedy", "Horror",
  "Sci-Fi", "Fantasy", "Musicals", "Theater", "Podcasts", "Anime", "K-Drama", "Superheroes", "Franchises", "Reboots",
  "Labor", "Studios", "Charts", "Fashion",
];

export const genres = [
  "thriller", "drama", "comedy", "romantic comedy", "horror film", "mystery", "sci-fi epic", "period piece", "musical",
  "documentary", "western", "heist caper", "coming-of-age story", "legal drama", "workplace comedy", "family saga",
];

export const adjectives = [
  "ambitious", "bruising", "charming", "dazzling", "delicate", "earnest", "electrifying", "fearless", "gorgeous",
  "gripping", "haunting", "heartfelt", "inventive", "knotty", "lavish", "melancholy", "messy", "moving", "playful",
  "restless", "sharp", "slippery", "sly", "sprawling", "taut", "tender", "thrilling", "uneven", "unhurried", "witty",
];

export const roles = [
  "a retired detective", "an ambitious young chef", "a disgraced senator", "a small-town sheriff", "a former child star",
  "a grieving widow", "a con artist", "a lighthouse keeper", "a tech billionaire", "a jazz pianist", "a forensic accountant",
  "a reluctant heir", "an astronaut", "a night-shift nurse", "a wedding planner", "a rookie journalist", "a museum thief",
];

export const weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
export const months = [
  "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
];
export const ordinals = ["second", "third", "fourth", "fifth", "sixth", "seventh", "final"];
export const cities = ["Los Angeles", "New York", "London", "Toronto", "Atlanta", "Vancouver", "Berlin", "Seoul", "Sydney", "Dublin"];
