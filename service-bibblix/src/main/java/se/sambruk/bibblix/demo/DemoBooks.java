package se.sambruk.bibblix.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * The demo catalogue: sixty made-up children's books, written for the demo (titles, authors and
 * texts are invented; any likeness is by chance). Each: title, author, Thema subject, ages, and a
 * blurb for children.
 */
public final class DemoBooks {

    public record Book(String title, String author, String thema, int ageFrom, int ageTo, String blurb) {
    }

    private DemoBooks() {
    }

    public static final List<Book> BOOKS = List.of(
            new Book("Draken under sängen", "Lova Ekström", "YFH", 6, 8, "Det bor en liten drake under Nilas säng. Den äter strumpor och är rädd för mörkret."),
            new Book("Drakarnas dal", "Lova Ekström", "YFH", 9, 12, "Mira hittar en dal där drakarna gömmer sig. Nu måste hon skydda dem från jägarna."),
            new Book("Den sista draken", "Elias Berg", "YFH", 10, 12, "Alla tror att drakarna är borta. Men i bergen hörs ett dån varje natt."),
            new Book("Trollkarlens lärling", "Saga Lind", "YFH", 9, 12, "Otto ska bli trollkarl, men hans trollformler blir alltid fel. Ibland blir fel rätt."),
            new Book("Häxan i hissen", "Saga Lind", "YFH", 6, 8, "I hissen i Ellens hus bor en häxa. Hon trollar fram glass om man säger rätt ord."),
            new Book("Enhörningen som inte kunde flyga", "Maja Holm", "YFH", 6, 8, "Stjärna är en enhörning utan vingar. Hon hittar ett annat sätt att nå molnen."),
            new Book("Portalen i skogen", "Elias Berg", "YFH", 9, 12, "Bakom en gammal gran finns en port till en annan värld. Den öppnar sig bara vid fullmåne."),
            new Book("Spöket på vinden", "Noah Sandberg", "YFD", 6, 8, "Något prasslar på vinden. Alice och Leo tar med ficklampan och går upp."),
            new Book("Mysteriet med den gröna nyckeln", "Ines Wallin", "YFCF", 9, 12, "En grön nyckel ligger i brevlådan. Vilken dörr går den till?"),
            new Book("Detektivbyrån Fyrklövern", "Ines Wallin", "YFCF", 9, 10, "Fyra kompisar startar en detektivbyrå. Första fallet: vem stal skolans fotboll?"),
            new Book("Fallet med den försvunna katten", "Ines Wallin", "YFCF", 6, 8, "Mormors katt är borta. Lilly letar spår i snön."),
            new Book("Hemligheten i källaren", "Noah Sandberg", "YFCF", 10, 12, "Det ligger en gammal låda i källaren. I den finns ett brev från 1923."),
            new Book("Koden i biblioteket", "Vera Nyström", "YFCF", 10, 12, "Någon har gömt hemliga meddelanden i bibliotekets böcker. Sam knäcker koden."),
            new Book("Tjuven på tåget", "Vera Nyström", "YFCF", 9, 12, "På nattåget till Kiruna försvinner en diamant. Alla är misstänkta."),
            new Book("Skattkartan", "Hugo Åberg", "YFC", 6, 8, "Theo hittar en karta i en flaska. Krysset visar ett ställe nära skolan."),
            new Book("Vilse i fjällen", "Hugo Åberg", "YFC", 10, 12, "Stormen kommer snabbt. Elsa och hennes bror måste hitta vägen tillbaka."),
            new Book("Piraterna på Lilla Ö", "Alma Forsberg", "YFC", 6, 9, "En dag seglar ett piratskepp in i hamnen. Piraterna är väldigt snälla."),
            new Book("Flotten", "Hugo Åberg", "YFC", 9, 12, "Tre kompisar bygger en flotte och ger sig ut på älven."),
            new Book("Rymdresan", "Alma Forsberg", "YFG", 9, 12, "Nova får följa med på den första resan till Mars. Men något är fel på raketen."),
            new Book("Roboten Rulle", "Alma Forsberg", "YFG", 6, 8, "Rulle är en robot som vill lära sig skratta."),
            new Book("Bästa kompisar för alltid", "Maja Holm", "YFM", 9, 10, "Ella och Amina har alltid varit bästisar. Sedan börjar en ny tjej i klassen."),
            new Book("Den nya i klassen", "Freja Lundin", "YFS", 9, 12, "Adam flyttar till en ny stad. Första dagen går allt fel, sedan träffar han Omar."),
            new Book("Arg, ledsen, glad", "Freja Lundin", "YXE", 6, 8, "En bok om känslor. Alla blir arga ibland – vad gör man då?"),
            new Book("Min hemliga dagbok", "Freja Lundin", "YFM", 10, 12, "Stella skriver allt i sin dagbok. En dag försvinner den."),
            new Book("Syskonbråk", "Maja Holm", "YFN", 6, 9, "Lillebror tar alltid Mios saker. Men när Mio behöver hjälp är det lillebror som kommer."),
            new Book("Kompisbänken", "Freja Lundin", "YFS", 6, 8, "På skolgården finns en bänk. Den som sätter sig där vill ha en kompis."),
            new Book("Mormor och jag", "Maja Holm", "YFN", 6, 9, "Varje sommar bor Liv hos mormor vid havet. I år är något annorlunda."),
            new Book("Hästen Stjärnfall", "Tilda Ek", "YFP", 9, 12, "Julia får rida Stjärnfall, stallets vildaste häst. Ingen annan vågar."),
            new Book("Hästar i hagen", "Tilda Ek", "YNNH", 6, 9, "Fakta om hästar: vad de äter, hur de sover och hur man sköter dem."),
            new Book("Ponnyn som rymde", "Tilda Ek", "YFP", 6, 8, "Ponnyn Pigge öppnar grinden och går på äventyr i byn."),
            new Book("Stallets hemlighet", "Tilda Ek", "YFP", 10, 12, "Någon smyger i stallet på nätterna. Agnes och hennes häst tar reda på vem."),
            new Book("Vargungen", "Elias Berg", "YFP", 9, 12, "En vargunge blir ensam i skogen. Linn hjälper den att hitta sin flock."),
            new Book("Katten Kaos", "Noah Sandberg", "YFP", 6, 8, "Kaos är en katt som ställer till det överallt. Men alla älskar honom."),
            new Book("Hundskolan", "Noah Sandberg", "YFP", 6, 9, "Bella ska gå i hundskola. Hon vill hellre jaga ekorrar."),
            new Book("Djuren i havet", "Vera Nyström", "YNNJ", 6, 10, "Fakta om fiskar, valar och bläckfiskar. Visste du att bläckfisken har tre hjärtan?"),
            new Book("Insekternas hemliga liv", "Vera Nyström", "YNNK", 9, 12, "Myror, bin och skalbaggar – små djur som gör stora saker."),
            new Book("Målvakten", "Hugo Åberg", "YFR", 9, 12, "Leila är lagets målvakt. I finalen står allt på henne."),
            new Book("Fotbollsfeber", "Hugo Åberg", "YFR", 6, 9, "Hela klassen ska spela fotbollsturnering. Alvin har aldrig gjort mål."),
            new Book("Hoppet", "Tilda Ek", "YFR", 10, 12, "Ronja tränar höjdhopp. Hon vill slå sitt rekord före sommaren."),
            new Book("Simborgarmärket", "Freja Lundin", "YFR", 6, 8, "Nils ska simma 200 meter. Vattnet är kallt och banan är lång."),
            new Book("Hockeylaget Isbjörnarna", "Hugo Åberg", "YFR", 9, 12, "Isbjörnarna har förlorat alla matcher. Den nya tränaren har en plan."),
            new Book("Skateboardsommaren", "Elias Berg", "YFR", 10, 12, "Hela sommaren övar Kim på rampen. Till slut klarar hon tricket."),
            new Book("Världens knasigaste skola", "Alma Forsberg", "YFQ", 6, 9, "I den här skolan har rektorn en papegoja och matsalen serverar glass till lunch."),
            new Book("Pappa är en zombie", "Alma Forsberg", "YFQ", 9, 10, "Pappa har inte fått sitt kaffe. Han går omkring som en zombie."),
            new Book("Skämtboken", "Alma Forsberg", "YFQ", 6, 12, "Hundra skämt att berätta för kompisarna."),
            new Book("Min lärare är en alien", "Noah Sandberg", "YFQ", 9, 12, "Fröken Kvist äter kritor och pratar med växterna. Hon kan inte vara från jorden."),
            new Book("Grisen som ville bli astronaut", "Maja Holm", "YFQ", 6, 8, "Grisen Gunnar bygger en raket av gamla burkar."),
            new Book("Dinosauriernas värld", "Vera Nyström", "YNNA", 6, 10, "Fakta om dinosaurier: de största, de snabbaste och de konstigaste."),
            new Book("Rymden för nyfikna", "Vera Nyström", "YNT", 9, 12, "Planeter, stjärnor och svarta hål – allt du undrat om rymden."),
            new Book("Kroppen inifrån", "Vera Nyström", "YPJJ", 9, 12, "Hur fungerar hjärtat? Varför drömmer vi? Fakta om kroppen."),
            new Book("Vikingarna", "Elias Berg", "YNH", 9, 12, "Hur levde vikingarna? Vad åt de, och vart reste de?"),
            new Book("Experiment i köket", "Vera Nyström", "YNT", 9, 12, "Roliga experiment du kan göra hemma med vanliga saker."),
            new Book("Vulkaner och jordbävningar", "Vera Nyström", "YNNF", 10, 12, "Varför får vulkaner utbrott? Fakta om jorden som rör sig."),
            new Book("Drakens ägg", "Lova Ekström", "YFH", 6, 9, "Ebbe hittar ett stort, varmt ägg i skogen. Snart börjar det knaka."),
            new Book("Sagan om Silverskogen", "Saga Lind", "YFH", 10, 12, "I Silverskogen pratar träden. En dag slutar de att prata."),
            new Book("Nattens ugglor", "Elias Berg", "YFP", 9, 12, "Varje natt flyger ugglan förbi Evas fönster. En natt har den ett brev."),
            new Book("Lilla räven", "Maja Holm", "YFP", 6, 8, "Lilla räven är nyfiken på allt. Men mamma säger: akta dig för vägen!"),
            new Book("Mysteriet på museet", "Ines Wallin", "YFCF", 9, 12, "En mumie har flyttat sig under natten. Vem ligger bakom?"),
            new Book("Kapten Knut och havsmonstret", "Hugo Åberg", "YFC", 6, 9, "Kapten Knut är inte rädd för något. Utom kanske havsmonstret."),
            new Book("Vänner på riktigt", "Freja Lundin", "YFM", 10, 12, "Om att bråka, förlåta och bli vänner igen."));

    /** The demo feed's records: the sixty books, two outside the selection policy and one broken record. */
    public static List<OnixWriter.Item> feedItems() {
        List<OnixWriter.Item> items = new ArrayList<>();
        int n = 0;
        for (Book book : BOOKS) {
            n++;
            items.add(new OnixWriter.Item("bibblix-demo-" + n, String.format("979129%06d", n), book.title(), book.author(), book.thema(),
                    book.ageFrom(), book.ageTo(), book.blurb(), "ED", "swe"));
        }
        // outside the selection policy: a book for adults and a book in English
        items.add(new OnixWriter.Item("bibblix-demo-vuxen", "979129900001", "Kvartalsrapporten", "Per Revisor", "KFC", 18, 99,
                "En handbok i bokföring för vuxna.", "ED", "swe"));
        items.add(new OnixWriter.Item("bibblix-demo-english", "979129900002", "The Dragon Next Door", "Ann Smith", "YFH", 8, 11,
                "A dragon moves in next door.", "ED", "eng"));
        // a broken record: a Thema code that cannot exist; the import reports it and skips it
        items.add(new OnixWriter.Item("bibblix-demo-trasig", "979129900003", "Boken med fel kod", "Okänd", "ZZ9", 6, 9,
                "Den här posten har en Thema-kod som inte finns.", "ED", "swe"));
        return items;
    }
}
