"""Roles are judged from the clause around the name, not from the place."""

from pathlib import Path

import pytest


def _roles(mentions):
    return {m.surface: m.role for m in mentions}


def _assert_roles(mentions, expected):
    """Each name in ``expected`` is found with its role (other names may be found too)."""
    found = _roles(mentions)
    for surface, role in expected.items():
        assert found.get(surface) == role, (surface, found)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shoigu said 18 missiles were fired from ships in its Caspian Sea fleet at seven "
         "targets in the Raqqah, Idlib and Aleppo provinces.",
         {"Caspian Sea": "launch_point", "Raqqah": "strike_target", "Idlib": "strike_target",
          "Aleppo": "strike_target"}),
        ("Bombers launched 101 cruise missiles, most of them from the Mediterranean.",
         {"Mediterranean": "launch_point"}),
        ("Tu-22M3 bombers flying from Mozdok struck targets near Palmyra.",
         {"Mozdok": "launch_point", "Palmyra": "strike_target"}),
        ("Russia has a naval facility in the port city of Tartus and uses an airfield in "
         "Latakia.", {"Tartus": "base", "Latakia": "base"}),
        ("Russian jets bombed rebel positions in Latakia province on Tuesday.",
         {"Latakia": "strike_target"}),
        ("Su-34s based at Hmeymim pounded Salma overnight.",
         {"Hmeymim": "base", "Salma": "strike_target"}),
        ("Speaking at a regional summit in Kazakhstan, Putin praised the campaign.",
         {"Kazakhstan": "other"}),
        ("The airliner crashed over the Sinai Peninsula after flying from Egypt.",
         {"Sinai Peninsula": "other", "Egypt": "other"}),
        ("These bombers took part in the Soviet campaign in Afghanistan in the 1980s.",
         {"Afghanistan": "other"}),
        ("France is hitting militants in response to a series of terrorist attacks in Paris.",
         {"France": "other", "Paris": "other"}),
        ("Moscow says the campaign is aimed at helping the Syrian army.", {"Moscow": "other"}),
        ("The government plans to expand its missions in Syria to 300 a day.",
         {"Syria": "other"}),
        ("Egypt, however, insisted it was too early to call it a terror attack.",
         {"Egypt": "other"}),
        ("Activists said Douma was hit by at least ten air strikes.", {"Douma": "strike_target"}),
        # a place phrase heading the clause governs the strikes after it (CJTF-OIR style)
        ("-- Near Raqqa, 16 strikes engaged 12 ISIS tactical units.", {"Raqqa": "strike_target"}),
        ("In Syria, Coalition military forces conducted 21 strikes.", {"Syria": "strike_target"}),
        ("Yesterday in Iraq, coalition jets conducted nine strikes.", {"Iraq": "strike_target"}),
        ("In Moscow, Putin spoke about the air strikes.", {"Moscow": "other"}),
        # wording of real wires and monitors (SOHR, Anadolu, TRT, Tasnim, Al Arabiya)
        ("Warplanes raided Sermin and Ariha at dawn.",
         {"Sermin": "strike_target", "Ariha": "strike_target"}),
        ("Rockets fired from the Daesh-held area in Syria hit Kilis on Monday.",
         {"Syria": "launch_point", "Kilis": "strike_target"}),
        ("Rockets from Syria pound the Turkish border town of Kilis.",
         {"Syria": "launch_point", "Kilis": "strike_target"}),
        ("The army carried out the shelling from the border province of Kilis.",
         {"Kilis": "launch_point"}),
        ("Nations conducting air strikes in Iraq include the United States, France and Jordan.",
         {"Iraq": "strike_target", "United States": "other", "France": "other",
          "Jordan": "other"}),
        ("Airstrikes destroyed an arms depot in the city (Raqqa) on Sunday.",
         {"Raqqa": "strike_target"}),
        ("Jets carried out the raids as two civilian flights were landing in Beirut.",
         {"Beirut": "other"}),
        ("Air defences shoot down Israeli missiles near Damascus.", {"Damascus": "strike_target"}),
        ("Moscow ruled out ground operations in Syria.", {"Syria": "other"}),
        ("Tu-22M3 bombers taking off from an airfield on the territory of Russia hit Raqqa.",
         {"Russia": "launch_point", "Raqqa": "strike_target"}),
        # a place before "strikes" is where they fell; a country there is who struck
        ("In addition to the Raqqa strikes, jets hit Palmyra.",
         {"Raqqa": "strike_target", "Palmyra": "strike_target"}),
        ("US strikes continued overnight.", {"US": "other"}),
        # wording of 2015-16 reports on Russian strikes (LA Times, Reuters, CNN, RT, TASS)
        ("Russia turns to its navy for Syria missile strikes.", {"Syria": "strike_target"}),
        ("Jets targeted positions of what Russia calls terrorists.", {"Russia": "other"}),
        ("Jets struck militants that the U.S.-led coalition has been bombing.",
         {"U.S.": "other"}),
        ("Russia needed approval from Iran and Iraq to launch the missiles.",
         {"Iran": "other", "Iraq": "other"}),
        ("Targets were hit in Syria, the general said at a news briefing in Moscow.",
         {"Syria": "strike_target", "Moscow": "other"}),
        ("Moscow is considering more attacks on militant positions in Syria.",
         {"Syria": "other"}),
        ("\u201cWe fired from the territory of the Caspian Sea,\u201d Putin said.",
         {"Caspian Sea": "launch_point"}),
        ("Six Tu-22M3 bombers which took off in Russia struck targets near Palmyra.",
         {"Russia": "launch_point", "Palmyra": "strike_target"}),
        ("Russian warplanes bomb Syria from an Iranian base", {"Syria": "strike_target"}),
        ("Russian missiles aim for Raqqa", {"Raqqa": "strike_target"}),
        ("Russia: Syria airstrikes see nine targets hit", {"Syria": "strike_target"}),
        ("A car bomb went off in Damascus.", {"Damascus": "other"}),
        ("Jets struck a convoy on the motorway to Hama.", {"Hama": "other"}),
        ("Jets flew from Tanf, where the US has a base near Syria\u2019s borders with Iraq.",
         {"Syria": "other"}),
        # moving from a place is no launch from it, unless it is aircraft that come
        ("Jets shelled a convoy coming from Baaj toward Qaim.", {"Baaj": "other"}),
        ("Warplanes coming from the Hama airbase struck Kafr Nabudah.",
         {"Hama": "launch_point", "Kafr Nabudah": "strike_target"}),
        ("Jets raided Qqqx mount, Sermin and Ariha overnight.",
         {"Sermin": "strike_target", "Ariha": "strike_target"}),
        ("Helicopters dropped supply baskets on Nubl and Zahraa.",
         {"Nubl": "other", "Zahraa": "other"}),
        ("Rebels began a ground operation against the army in Afrin.", {"Afrin": "strike_target"}),
        ("Long-range bombers attacked militant facilities near the town of Maadan.",
         {"Maadan": "strike_target"}),
        ("Two soldiers died after a mortar attack by militants in northern Iraq.",
         {"Iraq": "strike_target"}),
        # a whole parenthesis is an aside, not the end of the clause
        ("Jets carried out raids against Jaish al-Fatah (the Army of Conquest) fighters in "
         "the Ghab plain.", {"Ghab plain": "strike_target"}),
        # "located in" and a possessive locate a base like "in" does
        ("The bombers operated from the Hmeimim air base located in Syria\u2019s Latakia "
         "province.", {"Hmeimim": "base", "Syria": "base", "Latakia": "base"}),
        # an operation in a place is a strike there (annotation rule 1); aid work is not
        ("The air force began combat operations in Syria last year.", {"Syria": "strike_target"}),
        ("The UN suspended humanitarian operations in Syria last year.", {"Syria": "other"}),
        # a guess at where bombers could come from names no base
        ("Incirlik or Akrotiri could be where the next bombers come from, analysts said.",
         {"Incirlik": "other", "Akrotiri": "other"}),
        # "from X's Y": Y is the origin, X only its owner
        ("Escort fighters were scrambled from Russia\u2019s Hmeimim airbase near Jableh.",
         {"Russia": "other", "Hmeimim": "launch_point"}),
        # ships in a sea that fire from it
        ("Two submarines in the eastern Mediterranean launched seven Kalibr cruise missiles.",
         {"eastern Mediterranean": "launch_point"}),
        # a strike that reaches a base makes it a target; forces operating from it a base
        ("Destroyers fired 59 Tomahawk missiles at the Shayrat air base.",
         {"Shayrat": "strike_target"}),
        ("Su-25 jets operating from Hmeimim flew 40 sorties near Kuweires.",
         {"Hmeimim": "base", "Kuweires": "strike_target"}),
        # a possessive of a part is no actor; of an institution it is
        ("Turkish jets struck shelters in northwestern Syria's Afrin region.",
         {"Syria": "strike_target"}),
        ("Russia's Defence Ministry said jets hit Raqqa.", {"Russia": "other"}),
        # a relative clause after the name
        ("Rescuers reached Saraqib, where jets struck a market on Monday.",
         {"Saraqib": "strike_target"}),
        # references, directives and sport
        ("Raids hit Rastan, north of the city of Homs.", {"Homs": "other"}),
        ("Putin called on the military to step up attacks on positions in Syria.",
         {"Syria": "other"}),
        ("Omar Al Somah struck in the 85th minute to rescue a draw for Syria.", {"Syria": "other"}),
        # lists share the role of their head
        ("Missiles hit targets in the Raqqa and Aleppo provinces and near the town of Maarat "
         "al-Numan in Idleb.", {"Maarat al-Numan": "strike_target", "Idleb": "strike_target"}),
        # forces present
        ("Russian military police units carry out their tasks in the de-escalation zone in "
         "Eastern Ghouta.", {"Eastern Ghouta": "base"}),
        # a river only locates what happens on it
        ("Gunboats shelled farms on the Euphrates and along the road to Raqqa.",
         {"Euphrates": "other"}),
        # perfect tenses of the launch verbs
        ("The jets had taken off from Mozdok before dawn.", {"Mozdok": "launch_point"}),
        # artillery and mortars fire from a place as aircraft fly from one
        ("Army artillery fire from hilltops near Morek hit Kafr Zita.",
         {"Morek": "launch_point", "Kafr Zita": "strike_target"}),
        ("Mortar rounds fired from rebel positions in Douma landed in Damascus.",
         {"Douma": "launch_point"}),
        # forces stationed near a place that fire from there
        ("Turkish artillery stationed near Kilis has pounded the villages for a week.",
         {"Kilis": "base"}),
        # captures in the campaign: "took/has taken X", "took control of X"
        ("Since the summer government troops have taken Rastan and Talbiseh.",
         {"Rastan": "strike_target", "Talbiseh": "strike_target"}),
        ("Kurdish fighters took full control of the town of Manbij on Friday.",
         {"Manbij": "strike_target"}),
        ("The wounded were taken to a hospital in Homs.", {"Homs": "other"}),
        # ", and" before a named subject and its verb starts a new clause
        (("The ministry condemned the raids on Idlib, and Ankara recalled its ambassador to "
          "Tehran."), {"Idlib": "strike_target", "Ankara": "other", "Tehran": "other"}),
        ("Iranian advisers are based at Tiyas, and Damascus was informed.",
         {"Tiyas": "base", "Damascus": "other"}),
        # an offensive put off or still being prepared is no strike
        ("The deal delays the offensive on Idlib by several months.", {"Idlib": "other"}),
        ("Tanks are massing for an offensive on Daraa, residents said.", {"Daraa": "other"}),
        # a country name as an adjective before its people or forces
        ("A drone attack on the outpost wounded three US soldiers.", {"US": "other"}),
        # a strike that reaches a base in a country makes the country a target too
        ("Cruise missiles hit the airfield in Libya overnight.", {"Libya": "strike_target"}),
        ("Russia keeps bombers at an air base in Iran.", {"Iran": "base"}),
        # "ordered a strike" reports one; "ordered the army to strike" is an instruction
        ("The president ordered air strikes on Raqqa last night.", {"Raqqa": "strike_target"}),
        ("The president ordered the army to strike Raqqa.", {"Raqqa": "other"}),
        # a base verb reaches through a list or a container to the next name
        ("Turkish artillery deployed near Kilis in southern Turkey pounded the villages.",
         {"Kilis": "base", "Turkey": "base"}),
        ("Artillery batteries stationed in Kilis and Hatay shelled Afrin.",
         {"Kilis": "base", "Hatay": "base"}),
        # the target after the origin: "fired ... from X on Y"
        ("Rebels fired mortars from the orchards on the town of Mhardeh overnight.",
         {"Mhardeh": "strike_target"}),
        # witnesses of a place reporting damage speak of their own place
        ("Doctors in Saraqib told reporters that dozens were wounded in the night.",
         {"Saraqib": "strike_target"}),
        ("Residents of Homs said prices had doubled.", {"Homs": "other"}),
        # a ship firing "in" a sea fires from it
        ("Photo: a Russian corvette fires a Kalibr missile in the Caspian Sea.",
         {"Caspian Sea": "launch_point"}),
        # an airport in civil use is no base
        ("Aleppo airport reopened to passengers on Sunday.", {"Aleppo": "other"}),
        ("Srinagar, Jammu and Amritsar airport were closed for civilian traffic in India.",
         {"Amritsar": "other"}),
        # "campaign against/on" as for "bombing campaign"
        ("The army pressed its campaign against the rebel pocket around Daraya.",
         {"Daraya": "strike_target"}),
        ("Second site: a militia HQ near Mayadin.", {"Mayadin": "strike_target"}),
        # a country in an appositive describes the place before it
        ("Jets bombed Homs, Syria's third city, on Sunday.",
         {"Homs": "strike_target", "Syria": "other"}),
        # "from which" opens a relative clause; the name after it is no origin
        ("Missiles hit the airbase, from which Israel says jets had taken off.",
         {"Israel": "other"}),
        # an origin ruled out is no base either
        ("This time the bombers flew from Iran instead of from Mozdok.",
         {"Iran": "launch_point", "Mozdok": "other"}),
        # people and civil bodies are based somewhere, but they are no forces
        ("The report was written by an analyst based in Beirut.", {"Beirut": "other"}),
        # ground forces advance from a base towards a target
        ("Rebel units advanced from Marea towards the village of Tal Rifaat.",
         {"Marea": "base", "Tal Rifaat": "strike_target"}),
        ("Backed by helicopters, the assault was launched from the Kuweires air base.",
         {"Kuweires": "base"}),
        ("Rebels fired mortars from the hills at government forces in Qardaha.",
         {"Qardaha": "strike_target"}),
        # a relative clause can station forces at the name
        ("Refugees gathered near Tal Tamr, where American troops are based.",
         {"Tal Tamr": "base"}),
        ("Jets bombed a depot near Kisweh, where militias are stationed.",
         {"Kisweh": "strike_target"}),
        ("Russian troops man posts in the north of Hama province.", {"Hama": "base"}),
        # forces still to be sent are stationed nowhere yet
        ("Moscow will send military police to patrol in Manbij.", {"Manbij": "other"}),
        # warships and the navy are forces too; "in northern X" as "in X"
        ("A Russian frigate has stayed in the eastern Mediterranean since May.",
         {"eastern Mediterranean": "base"}),
        ("Its navy keeps a repair dock in Tartus.", {"Tartus": "base"}),
        ("US troops in northern Syria patrolled the border.", {"Syria": "base"}),
        # headline present tense: "pound", "shell"
        ("Government jets pound eastern Ghouta as rebels shell Latakia",
         {"Latakia": "strike_target"}),
        # unverified is still reported; a denial is not
        ("Reuters could not independently verify the raids on Binnish.",
         {"Binnish": "strike_target"}),
        ("The ministry said it did not bomb Binnish.", {"Binnish": "other"}),
        # "backed by air strikes" describes the troops; "advanced to" is a ground attack
        ("Troops backed by Russian air strikes relieved the garrison of the Tiyas air base.",
         {"Tiyas": "base"}),
        ("Army units advanced to the edge of Qaryatain on Monday.",
         {"Qaryatain": "strike_target"}),
        # where the targeted group holds ground is not the target
        ("Russia said the strikes targeted militants who control large parts of eastern "
         "Syria and western Iraq.", {"Syria": "other", "Iraq": "other"}),
        # a bearing from a place ("to the northwest of") only locates the target
        ("Jets destroyed four oil sites located to the northwest of Raqqa.", {"Raqqa": "other"}),
        # the ends of a road named after them
        ("The strike hit a weapons convoy on the Beirut-Damascus highway.",
         {"Beirut": "other", "Damascus": "other"}),
        # more words for attacks: take out, liberate, seize, push into, combat tasks, advance in
        ("Su-34s took out an oil facility in Hasakah on Tuesday.", {"Hasakah": "strike_target"}),
        ("Iraqi forces are engaged in an operation to liberate Mosul.", {"Mosul": "strike_target"}),
        ("Government troops seized hilltops near Palmyra.", {"Palmyra": "strike_target"}),
        ("Bombers perform combat tasks in Syria.", {"Syria": "strike_target"}),
        ("Rebels started a military advance in the territory of Afrin.",
         {"Afrin": "strike_target"}),
        # a strike that did not happen
        ("Turkish warplanes were unable to strike targets in al-Bab on Tuesday.",
         {"al-Bab": "other"}),
        # a base in a city described at length
        ("Images show jets at a military base in the government-controlled coastal city of "
         "Latakia.", {"Latakia": "base"}),
        # a launch from a sea several words after the verb, and the target after "at ... sites"
        ("The military launched Tomahawks from the Red Sea at three coastal radar sites in "
         "Yemen.", {"Red Sea": "launch_point", "Yemen": "strike_target"}),
        # "off X's coast" where missiles were launched
        ("The missiles were launched from two destroyers in the eastern Mediterranean, off "
         "Syria's western coast.", {"Syria": "launch_point"}),
        # a country before ships it owns; a country that strikes a named object
        ("Houthi rebels fired missiles at U.S. ships.", {"U.S.": "other"}),
        ("Report: Israel strikes Hezbollah weapons convoy", {"Israel": "other"}),
        # the group's own operations are no strikes
        ("The group finances its terror operations in Syria and Iraq with oil.",
         {"Syria": "other", "Iraq": "other"}),
        # a base that is attacked is a target: a present-tense headline, "rocketed", "damage to"
        ("Israeli aircraft reportedly attack important Syrian T4 airbase",
         {"T4": "strike_target"}),
        ("Israeli aircraft rocketed the big T4 air base overnight.", {"T4": "strike_target"}),
        ("The missiles caused limited damage to the T-4 air base.", {"T-4": "strike_target"}),
        # sources and groups based or operating somewhere are no forces stationed there
        ("Opposition sources based in London claim 11 were killed.", {"London": "other"}),
        ("Ali, the head of a rebel group operating in western Syria, said so.",
         {"Syria": "other"}),
        # members listed after "include", with articles of their own
        ("Nations conducting airstrikes in Iraq include the United States, France, the "
         "Netherlands and the United Kingdom.",
         {"Iraq": "strike_target", "United States": "other", "France": "other",
          "Netherlands": "other", "United Kingdom": "other"}),
        ("Hama was also bombed on Monday.", {"Hama": "strike_target"}),
        # a possessive before lower-case words is a part of the place, not its government
        ("Russian jets pounded Syria's north where government forces advanced.",
         {"Syria": "strike_target"}),
        # a ship deployed to a sea, a country used as a base
        ("The carrier was deployed from the Arctic to the eastern Mediterranean last month.",
         {"eastern Mediterranean": "base"}),
        ("U.S. forces began using Turkey as a base from which to attack IS forces.",
         {"Turkey": "base"}),
        # the town of Hit in a list: no strike verb for the names after it
        ("Coalition jets struck near Bayji, Hit, Sinjar and Rawah on Sunday.",
         {"Bayji": "strike_target", "Hit": "strike_target", "Sinjar": "strike_target",
          "Rawah": "strike_target"}),
        # a launch or flight verb with its missions before "from"
        ("The destroyers began launching strike missions from the Red Sea against Sanaa.",
         {"Red Sea": "launch_point", "Sanaa": "strike_target"}),
        ("Jordan began flying missions from Muwaffaq Salti Air Base, Jordan.",
         {"Muwaffaq Salti Air Base": "launch_point"}),
        ("A Rafale launches from the deck of an aircraft carrier in the Persian Gulf.",
         {"Persian Gulf": "launch_point"}),
        # "after midnight" is a time of day, it does not open a new clause
        ("Rockets were fired shortly after midnight from an area near Quneitra.",
         {"Quneitra": "launch_point"}),
        ("Twelve rockets were fired at the base after Damascus warned Ankara.",
         {"Damascus": "other"}),
        # aircraft at home after a mission; where their mission went
        ("After the raid the Su-34s returned safely to Hmeymim.", {"Hmeymim": "base"}),
        ("Four Tornado jets are based on Malta.", {"Malta": "base"}),
        ("Refugees returned to Lebanon last year.", {"Lebanon": "other"}),
        ("The jets were returning from the town of Manbij when one crashed.",
         {"Manbij": "strike_target"}),
        ("Drones operated from launch sites in Iran.", {"Iran": "launch_point"}),
        # a training mission is no attack; heavy fire is
        ("Germany sent instructors on a training mission near Erbil.", {"Erbil": "other"}),
        ("Homs faced heavy mortar fire overnight.", {"Homs": "strike_target"}),
        # the country that owns a base is not where it is
        ("Drones took off from a U.S. base in Niger.", {"U.S.": "other"}),
        # a passive after the last name of a list reaches the names before it
        ("Tadef and Qabasin were shelled on Friday.",
         {"Tadef": "strike_target", "Qabasin": "strike_target"}),
        ("Villages, in particular Kafr Nabl and the town of Hass in the south of Idlib "
         "province, have been bombed.",
         {"Kafr Nabl": "strike_target", "Hass": "strike_target", "Idlib": "strike_target"}),
        ("Tadef and Qabasin said they were shelled.", {"Tadef": "other"}),
        # "X, <country>" locates X; "X, <country>'s largest city" describes it
        ("Britain began flying missions from Akrotiri airbase, Cyprus.",
         {"Cyprus": "launch_point"}),
        ("Troops retook Mosul, Iraq's second city.", {"Iraq": "other"}),
        # a headline's present tense: "Fire ... at"
        ("Warships Fire Cruise Missiles at Militants in Idlib", {"Idlib": "strike_target"}),
        # Russian ministry phrasing of containment; a relative clause that locates
        ("Bombers took off from the Mozdok airfield on the territory of the Russian "
         "Federation.", {"Russian Federation": "launch_point"}),
        ("In the town of Saqba, which lies in the Eastern Ghouta, two men were killed.",
         {"Eastern Ghouta": "strike_target"}),
        # "X village of Y district had also been targeted": the passive reaches both
        ("A bakery in Kafr Sefra village of Jindires district had also been targeted.",
         {"Jindires": "strike_target", "Kafr Sefra": "strike_target"}),
        # a passive after an apposition
        ("The Tiyas airbase, located in Homs province, was struck by missiles on Monday.",
         {"Tiyas": "strike_target"}),
        # a terror attack is no strike, though it killed
        ("Jets struck Raqqa in retaliation for the terror attacks that killed 129 in Paris.",
         {"Raqqa": "strike_target", "Paris": "other"}),
        # forces moved to a place are stationed there; fighters on the ground are not aircraft
        ("Qatar sent four Mirage jets to Jordan on Sunday.", {"Jordan": "base"}),
        ("The submarine was redeployed from the Baltic Sea to the Black Sea.",
         {"Black Sea": "base"}),
        ("Iran would send troops to Iraq.", {"Iraq": "other"}),
        ("Two submarines joined the navy's permanent group in the Mediterranean.",
         {"Mediterranean": "base"}),
        ("Russia Strikes Militants From Submarine In Mediterranean",
         {"Mediterranean": "launch_point"}),
        # the aircraft's own base is the origin; "flying out of" is "flying from"
        ("Four Typhoons were striking from their base in Cyprus.", {"Cyprus": "launch_point"}),
        ("A drone flying out of the Shayrat base was shot down.", {"Shayrat": "launch_point"}),
        # back from a mission over a place: the mission went there
        ("Two Tornado jets returned from their first mission over Mosul without firing.",
         {"Mosul": "strike_target"}),
        # the accused strikes; the ally, a suicide bomber and a diplomatic mission do not
        ("Damascus accused Israel of striking Kiswah.",
         {"Israel": "other", "Kiswah": "strike_target"}),
        ("Jets bombed Idlib with the support of Iran.",
         {"Idlib": "strike_target", "Iran": "other"}),
        ("Jets bombed Idlib with the backing of Iran.", {"Iran": "other"}),
        ("Gunmen attacked a hotel in Kabul on Monday.", {"Kabul": "other"}),
        ("A suicide bomber struck a market in Baghdad.", {"Baghdad": "other"}),
        ("Germany sent a diplomatic mission to Damascus.", {"Damascus": "other"}),
        # "before dawn" is a time too
        ("Rockets were fired shortly before dawn from an area near Quneitra.",
         {"Quneitra": "launch_point"}),
        ("The bombers flew back to Engels.", {"Engels": "base"}),
        # review: a country after a comma that speaks locates nothing
        ("Jets struck Idlib, Turkey said.", {"Idlib": "strike_target", "Turkey": "other"}),
        # the forces must be what is sent, or what returns
        ("Residents sent their children to Lebanon.", {"Lebanon": "other"}),
        ("Six F-16s were sent to Jordan last week.", {"Jordan": "base"}),
        ("As the bombers circled, refugees returned to Homs.", {"Homs": "other"}),
        ("Two Tornado jets returning from Akrotiri airbase crashed.", {"Akrotiri": "other"}),
        # "considered" plans only what follows it in the same phrase
        ("Russia, considered Assad's main ally, bombed Idlib on Monday.",
         {"Idlib": "strike_target"}),
        ("Moscow is considering increasing the number of attacks on militants in Syria.",
         {"Syria": "other"}),
        # gates are words: two spaces between them change nothing
        ("Four Tornado jets have been based  on Malta since 2015.", {"Malta": "base"}),
        # everyday uses of strike words, with no armed force or weapon in the clause...
        ("The delegation landed in Beirut on Monday.", {"Beirut": "other"}),
        ("Police seized a drug shipment in Mersin.", {"Mersin": "other"}),
        ("The company expanded its operations in Iraq.", {"Iraq": "other"}),
        ("Moscow aims for a political settlement in Syria.", {"Syria": "other"}),
        ("The minister attacked Western policy on Syria.", {"Syria": "other"}),
        # ...and the same words among them
        ("A rocket landed in Kilis.", {"Kilis": "strike_target"}),
        # (a capture in a month gone by is background: test_a_groups_past_capture_is_background)
        ("Islamic State seized Palmyra on Sunday.", {"Palmyra": "strike_target"}),
        ("Central Command is directing the operations in Iraq.", {"Iraq": "strike_target"}),
        # a base where jets are readied for strikes elsewhere is a base, not a target
        ("A Rafale is prepared for airstrikes on Syria at Istres airbase, southern France.",
         {"Istres": "base", "Syria": "other"}),
        # a clause with its own subject after a comma: the strike before it reaches no further
        ("Russian jets bombed the town, and residents sent their children to Turkey.",
         {"Turkey": "other"}),
        ("After its jets bombed Idlib, Russia sent a note to Washington.",
         {"Idlib": "strike_target", "Russia": "other", "Washington": "other"}),
        ("Jets hit the T4 base, the army sent a delegation to Palmyra.", {"Palmyra": "other"}),
        ("Israel attacked drones based at the T4 base, Iran beefed up its air defenses.",
         {"Iran": "other"}),
        # ...but not a list, a relative clause, a participle or a parenthetical speaker
        ("Jets struck Idlib, and the towns of Hama and Homs were also hit.",
         {"Idlib": "strike_target", "Hama": "strike_target", "Homs": "strike_target"}),
        ("Jets struck depots, which were used by militants in Raqqa.", {"Raqqa": "strike_target"}),
        ("Jets struck the market, the ministry said, in Douma.", {"Douma": "strike_target"}),
        ("The army, backed by Russian jets, had advanced on Palmyra.",
         {"Palmyra": "strike_target"}),
        # a demonym before "city of" names no other origin; a named origin, then "at"
        ("The missile was launched from the Yemeni city of Sa'dah.", {"Sa'dah": "launch_point"}),
        ("Rockets were fired from the Syrian port of Tartus.", {"Tartus": "launch_point"}),
        ("Rockets were fired from Turkey at Azaz.",
         {"Turkey": "launch_point", "Azaz": "strike_target"}),
        ("Russia has been bombing Syria from its air group at the Hmeymim base.",
         {"Syria": "strike_target", "Hmeymim": "base"}),
        # under fire from a force, not from critics
        ("The city of Ganja has come under fire by the Armenian military.",
         {"Ganja": "strike_target"}),
        ("The mayor of Ariha came under fire from critics.", {"Ariha": "other"}),
        ("Sanaa was among the places targeted by coalition jets.", {"Sanaa": "strike_target"}),
        # the name inside an adjective or a noun phrase about the country's people and offices
        ("The guards fired missiles at a camp of anti-Iran militants.", {"Iran": "other"}),
        ("The rocket attack on the base killed a US civilian contractor.", {"US": "other"}),
        ("Iran fired missiles at airbases that house US and coalition forces.", {"US": "other"}),
        ("The strikes landed near the US Consulate in Erbil.",
         {"US": "other", "Erbil": "strike_target"}),
        # a bearing from a list of places; a fronted place with its compass word
        ("Aircraft fired rockets at two sites to the west of the cities of Khan Younis and Rafah.",
         {"Khan Younis": "other", "Rafah": "other"}),
        ("In south Gaza, aircraft fired five rockets at two sites.", {"Gaza": "strike_target"}),
        # aircraft that land at a base arrive there; the country that locates it follows
        ("B-52H bombers landed at Al Udeid Air Base, Qatar, on April 9.",
         {"Al Udeid Air Base": "base", "Qatar": "base"}),
        # where a speaker is; what a place went through
        ("Jets struck Idlib again, an official in Damascus told AFP.",
         {"Idlib": "strike_target", "Damascus": "other"}),
        ("These are the heaviest air strikes that Sanaa has endured, residents said.",
         {"Sanaa": "strike_target"}),
        # review: appositions, a trailing clause after a speaker, a bearing with no plural head,
        # an airliner's arrival, a disaster as the agent
        ("Airstrikes hit a vegetable market, a place packed with shoppers, in the town of Douma.",
         {"Douma": "strike_target"}),
        ("Russian jets struck Palmyra, an ancient city located in the desert, and Qaryatain.",
         {"Palmyra": "strike_target", "Qaryatain": "strike_target"}),
        ("Jets bombed rebel positions, the activist said, adding that he had fled to Lebanon.",
         {"Lebanon": "other"}),
        ("Strikes hit areas north of Mosul and Kirkuk, the coalition said.",
         {"Mosul": "other", "Kirkuk": "strike_target"}),
        ("The plane carrying the Russian delegation landed in Damascus.", {"Damascus": "other"}),
        ("A Syrian Arab Airlines plane carrying 150 passengers landed at Aleppo airport.",
         {"Aleppo": "other"}),
        ("Aleppo was among the cities hit hardest by the earthquake.", {"Aleppo": "other"}),
        ("Boeing B-52H bombers landed at Al Udeid Air Base on April 9.",
         {"Al Udeid Air Base": "base"}),
        ("Six U.S. Air Force F-16 fighter aircraft and 300 personnel arrived at Incirlik Air Base.",
         {"Incirlik Air Base": "base"}),
        ("Rockets were fired from the Syrian governorate of Idlib.", {"Idlib": "launch_point"}),
        # mutation review: each line fails when one part of a rule is dropped
        ("Missiles fired by jets landed in Kilis.", {"Kilis": "strike_target"}),
        ("Bombers carrying missiles landed at Al Udeid Air Base.", {"Al Udeid Air Base": "base"}),
        ("Four Russian bombers arrived in Hamadan on Monday.", {"Hamadan": "base"}),
        ("Six Su-24 jets touched down in Latakia.", {"Latakia": "base"}),
        ("Residents in Raqqa were killed by Russian airstrikes.", {"Raqqa": "strike_target"}),
        ("Jets bombed Raqqa, Hama bombed by artillery.", {"Hama": "strike_target"}),
        ("Russian jets bombed Idlib, and also were active over Hama.", {"Hama": "strike_target"}),
        ("Sanaa was one of the cities bombed by coalition jets.", {"Sanaa": "strike_target"}),
        # a country named as the striker or the backer, not the place struck
        ("Israeli jets targeted Iran-affiliated militias near Damascus.",
         {"Iran": "other", "Damascus": "strike_target"}),
        ("Airstrikes killed two fighters of a Britain-based group near Idlib.",
         {"Britain": "other", "Idlib": "strike_target"}),
        # a capital that acts like its country
        ("Following the blast in Istanbul on Sunday, which killed six people and wounded "
         "dozens of others, Ankara quickly blamed the PKK.", {"Ankara": "other"}),
        ("Jets hit Kobane, with a video showing military camera footage of Ankara's strikes.",
         {"Kobane": "strike_target", "Ankara": "other"}),
        ("Russian jets bombed Homs's suburbs.", {"Homs": "strike_target"}),
        ("Twelve fighters died in US airstrikes near Albu Kamal.",
         {"US": "other", "Albu Kamal": "strike_target"}),
        ("Fighters died in US airstrikes on Monday near Raqqa.",
         {"US": "other", "Raqqa": "strike_target"}),
        ("The Iraq strikes hit targets near Bayji.", {"Bayji": "strike_target"}),
        ("Jets struck Raqqa-based militants overnight.", {"Raqqa": "strike_target"}),
        # review: the new rules' edges
        ("Air strike on Idlib condemned by UN as death toll rises.", {"Idlib": "strike_target"}),
        ("Jets struck Idlib amid the controversy surrounding Turkey's role.",
         {"Turkey": "other"}),
        ("Russia warned of an attack over Ukraine's bid to join NATO.", {"Ukraine": "other"}),
        ("Damascus saw the strikes as a violation of its sovereignty.", {"Damascus": "other"}),
        ("Moscow has seen no airstrikes since the truce.", {"Moscow": "other"}),
        ("Rebels shelled Aleppo's Air Force Intelligence headquarters.",
         {"Aleppo": "strike_target"}),
        ("Turkish troops in Idlib killed 21 Syrian soldiers in retaliatory shelling.",
         {"Idlib": "base"}),
        ("About 2,000 US troops in Syria have suffered no losses this year.", {"Syria": "base"}),
        ("The wounded soldiers from Palmyra were taken to a military hospital in Homs.",
         {"Homs": "base"}),
        ("US-led coalition jets carried out airstrikes on Islamic State positions near Raqqa and "
         "Deir Ezzor in eastern Syria on Monday, as the Kurdish YPG and the Free Syrian Army in "
         "Manbij and Jarablus prepared a new offensive.",
         {"Raqqa": "strike_target", "Manbij": "other", "Jarablus": "other"}),
        ("After weeks of heavy fighting in the desert east of the city, the government troops "
         "backed by Russian air strikes broke the siege of Deir Ezzor on Tuesday.",
         {"Deir Ezzor": "other"}),
        # the place endures the strikes, an attack reaches over it, a place is retaken
        ("Maarat al-Numan has witnessed heavy air raids since Sunday.",
         {"Maarat al-Numan": "strike_target"}),
        ("Jets carried out a heavy attack over the southern countryside of Idlib province.",
         {"Idlib": "strike_target"}),
        ("Kafr Nabl was retaken by government forces.", {"Kafr Nabl": "strike_target"}),
        ("The army did not comment on reports of Russian attacks near Hama.",
         {"Hama": "strike_target"}),
        ("Jets targeted the hills surrounding Palmyra.", {"Palmyra": "strike_target"}),
        # a campaign, offensive or battle named after the place, unless it is put off
        ("The anti-IS Hajin campaign dragged into a third month.", {"Hajin": "strike_target"}),
        ("Troops regrouped once the Mosul battle was over.", {"Mosul": "strike_target"}),
        ("The Sochi deal put the Idlib offensive on hold.", {"Idlib": "other"}),
        # soldiers killed where they are stationed; troops sent into a place
        ("The death toll of Turkish soldiers in Idlib rose to 33.", {"Idlib": "strike_target"}),
        ("Turkish soldiers in Idlib man observation posts.", {"Idlib": "base"}),
        ("Ankara sent tanks and troops into northern Syria's Idlib province.",
         {"Syria": "base", "Idlib": "base"}),
        ("Israeli jets launched an aerial raid from the direction of the occupied Syrian Golan.",
         {"Golan": "launch_point"}),
        # a long chain of place phrases after a strike, beyond the window
        ("Warplanes carried out raids on militant hideouts in the eastern Hama desert, "
         "Uqayribat and Salamiyah areas, the Sukhnah area in eastern Homs countryside and the "
         "Rusafa desert in western Raqqa countryside.",
         {"Sukhnah": "strike_target", "Rusafa": "strike_target", "Raqqa": "strike_target"}),
        ("The aggression targeted positions of the Popular Mobilization Units, the Iraqi "
         "army's 19th Division and the Emergency Regiments in the areas of Jurf al-Sakhar, "
         "Musayib and Najaf.", {"Musayib": "strike_target", "Najaf": "strike_target"}),
        ("The jets launched raids on Saturday on Marib, Sanaa, the opposition stronghold of "
         "Saada in the far north, and the central city of Ibb, UAE state media reported.",
         {"Ibb": "strike_target", "UAE": "other"}),
        # weapons fired into a country, a campaign in it, Turkish "neutralized"; threats as a
        # noun negate nothing, threats to strike do
        ("Iran's Revolutionary Guards fire missiles into Syria.", {"Syria": "strike_target"}),
        ("Russia has been conducting a counterterrorist campaign in Syria since September.",
         {"Syria": "strike_target", "Russia": "other"}),
        ("Two militants were neutralized in northern Iraq during an airstrike.",
         {"Iraq": "strike_target"}),
        # ...and "eliminated" (not from a cup)
        ("The Air Force has eliminated many Boko Haram terrorists in Sambisa Forest.",
         {"Sambisa Forest": "strike_target"}),
        ("Nigeria were eliminated from the cup in Cairo.", {"Nigeria": "other", "Cairo": "other"}),
        ("Turkish jets destroyed a number of PKK threats in northern Iraq.",
         {"Iraq": "strike_target"}),
        ("Iran has issued threats to strike Erbil.", {"Erbil": "other"}),
        # a capital acting like its government after "a request by"
        ("Missiles hit targets in Syria in a campaign that began upon a request by Damascus.",
         {"Syria": "strike_target", "Damascus": "other"}),
        # a clause of time after the name's phrase: what happened while someone was there
        ("The men were travelling Sunday in the Saud area of Rawan district when a missile "
         "hit their car.", {"Saud": "strike_target", "Rawan": "strike_target"}),
        ("They were travelling in the country's central Marib province on Sunday when a "
         "missile hit their car.", {"Marib": "strike_target"}),
        ("He grew up in Aleppo when the city was at peace.", {"Aleppo": "other"}),
        # "attacked" among commanders is military; unconfirmed strikes are still reported
        ("Israel attacked the Iranian consulate in Damascus and killed senior commanders.",
         {"Damascus": "strike_target"}),
        ("There was no immediate confirmation from Jordan on the strike that hit the province "
         "of Sweida.", {"Sweida": "strike_target", "Jordan": "other"}),
        # a name in a locative phrase is no subject; a plan after it stays other
        ("Drone strikes in Yemen have killed 1,238 people since 2002.",
         {"Yemen": "strike_target"}),
        ("All strike missions over Syria would from now on be escorted by fighters.",
         {"Syria": "other"}),
        # rockets fired from two places towards a third; a convoy heading towards one
        ("Dozens of rockets were fired from Quneitra province and the south-western Damascus "
         "countryside towards the occupied Golan.",
         {"Quneitra": "launch_point", "Damascus": "launch_point", "Golan": "strike_target"}),
        ("Jets shelled an IS convoy coming from Baaj desert heading toward al-Rommana region "
         "in Qaim town.", {"Baaj": "other", "Qaim": "other"}),
        ("The Israeli city of Tel Aviv is under fire from a barrage of rockets.",
         {"Tel Aviv": "strike_target"}),
        # a country as the owner of an agency, the patron of a militia, the sender of troops
        ("The IRGC said it had struck spy headquarters in Erbil, Iran's IRNA news agency "
         "reported.", {"Erbil": "strike_target", "Iran": "other"}),
        ("The airstrikes targeted the headquarters of a militia which has close ties to Iran.",
         {"Iran": "other"}),
        ("There was no comment from Iran, whose deployment of troops to Syria has alarmed "
         "Israel.", {"Syria": "base"}),
        # a country as the one that destroys or bombs ("in response to Israel's destruction")
        ("Hamas fired 130 rockets, its most intense strike so far, in response to Israel's "
         "destruction of a high-rise building in Gaza.", {"Israel": "other"}),
        # a decision to strike is a plan (tests/gold/README.md, rule 1)
        ("Officials decided to expand the strikes on Hamas in the Gaza Strip.",
         {"Gaza Strip": "other"}),
        # a clause of time reaches only a name its strike does not already have a target for
        ("Delegates gathered in Geneva as Russian jets struck Idlib.",
         {"Geneva": "other", "Idlib": "strike_target"}),
        ("Putin was in Moscow when the missiles hit Kyiv.", {"Moscow": "other"}),
        # the weak cues need a military word in the clause
        ("A polio vaccination campaign in Idlib reached 800,000 children.", {"Idlib": "other"}),
        ("Police neutralized a suspect in Ankara on Tuesday.", {"Ankara": "other"}),
        ("Smoke from the fire drifted into Lebanon.", {"Lebanon": "other"}),
        ("In general, critics attacked the new law in Ankara.", {"Ankara": "other"}),
        # a convoy moving towards a place, with words between
        ("Jets struck a convoy coming from Baaj heading north toward Qaim.", {"Qaim": "other"}),
        # a cue that does not reach a name passes it only a launch point's list
        ("Russian jets bombed Idlib province and the southern Turkey border was closed.",
         {"Turkey": "other"}),
        # a place as it is after strikes: a caption, a place people fled; not a date
        ("Raqqa Museum after the airstrikes in the city.", {"Raqqa": "strike_target"}),
        ("The family had fled al-Shafa days earlier after heavy shelling.",
         {"al-Shafa": "strike_target"}),
        ("Putin arrived in Moscow after the strikes.", {"Moscow": "other"}),
        # a terror attack before the killing
        ("The strike on Syria answered recent attacks by terrorist groups that killed "
         "Iranians in the southern city of Kerman.",
         {"Syria": "strike_target", "Kerman": "other"}),
        ("Jets hit positions held by terrorist groups in Idlib.", {"Idlib": "strike_target"}),
        ("Airstrikes hit Idlib on Monday and the families who fled the fighting last year now "
         "live in crowded camps near the border towns of Reyhanli, Kilis and the Turkish city "
         "of Gaziantep.", {"Idlib": "strike_target", "Kilis": "other", "Gaziantep": "other"}),
        # "While in X," opens the clause like "In X,"
        ("While in Deir Ezzour, the coalition struck an ISIS oil refinery.",
         {"Deir Ezzour": "strike_target"}),
        ("While near Tal Afar, an airstrike destroyed an ISIS artillery system.",
         {"Tal Afar": "strike_target"}),
        ("While in Moscow, Putin spoke about the strikes.", {"Moscow": "other"}),
        # a state that attacks attacks militarily; a state's attacks fall where they are
        ("Israel has attacked Iran's Isfahan town.",
         {"Israel": "other", "Iran": "strike_target", "Isfahan": "strike_target"}),
        ("Iran carried out a series of attacks in Pakistan on Tuesday.",
         {"Iran": "other", "Pakistan": "strike_target"}),
        # ...not words, not a state's police, not attacks nobody owns
        ("France attacked the decision in Brussels.", {"Brussels": "other"}),
        ("Iran's police attacked protesters in Tehran.", {"Tehran": "other"}),
        ("There were attacks in Pakistan.", {"Pakistan": "other"}),
        ("The attacks in Paris killed 130 people.", {"Paris": "other"}),
        ("US police attacked protesters in Portland.", {"Portland": "other"}),
        ("Police in Iran attacked protesters in Tehran.", {"Tehran": "other"}),
        ("Iran condemned the attacks in Pakistan.", {"Pakistan": "other"}),
        ("Iran has seen a rise in attacks in Zahedan.", {"Zahedan": "other"}),
        ("France attacked Italy over its migrant policy.", {"Italy": "other"}),
        ("Russia attacked Ukraine's grain deal at the UN.", {"Ukraine": "other"}),
        # a headline: the country that holds the town struck (not the owner of a base abroad)
        ("Israel attacks Iran's Isfahan town", {"Iran": "strike_target",
                                                "Isfahan": "strike_target"}),
        ("Rockets hit Russia's Khmeimim airbase.", {"Russia": "other",
                                                    "Khmeimim": "strike_target"}),
        # a headline's passive without its verb; a passive after a list of regions
        ("Russia's Khmeimim airbase shelled by dozens of rockets, attack repelled",
         {"Khmeimim": "strike_target"}),
        ("The Goranboy, Naftalan and Dashkesan regions were subjected to artillery fire.",
         {"Goranboy": "strike_target", "Naftalan": "strike_target",
          "Dashkesan": "strike_target"}),
        # an operation still to come
        ("Erdogan said that Ankara's new military operation in northern Syria could begin at "
         "any moment.", {"Syria": "other"}),
        ("Strikes on Idlib will begin soon, officials said.", {"Idlib": "other"}),
        ("Strikes on Idlib began on Monday.", {"Idlib": "strike_target"}),
        # where an institution sits; a unit's name; a port city with no navy in the clause
        ("The source said this was the first time that the base was bombed since the "
         "Tripoli-based Government of National Accord forces seized the installation.",
         {"Tripoli": "other"}),
        ("The B-2 of the 509th Bomb Wing at Whiteman in Missouri took off.",
         {"Missouri": "other"}),
        ("The cargo ship is being held hostage in Yemen's port city of Hodeidah.",
         {"Hodeidah": "other"}),
        ("Russia keeps a naval facility in the port city of Tartus.", {"Tartus": "base"}),
        # a plot is no strike
        ("Fighters involved in plotting attacks in Europe were killed.", {"Europe": "other"}),
        # a list of hashtags
        ("Assad's forces shelled #Douma , #Irbin , and #Harasta in Eastern Ghouta.",
         {"Douma": "strike_target", "Irbin": "strike_target", "Harasta": "strike_target"}),
        # a munition that exploded (not a car bomb, not a gas cylinder)
        ("A third rocket reportedly exploded in an open territory near Bet Shemesh.",
         {"Bet Shemesh": "strike_target"}),
        ("A car bomb exploded in Azaz.", {"Azaz": "other"}),
        # ...but an attack on a base is an attack, whoever makes it
        ("The airstrike came after Al-Shabaab staged a car bomb and gun attack on a US drone "
         "base in Ballidoogle.",
         {"Ballidoogle": "strike_target"}),
        ("A gas cylinder exploded in a kitchen in Homs.", {"Homs": "other"}),
        # a capture in a headline
        ("Syrian Army Imposes Control over Almost 60 Percent of Eastern Ghouta",
         {"Eastern Ghouta": "strike_target"}),
        # "while" before a participle starts no clause of its own
        ("The official died by a Turkish drone attack on Friday while leaving his home in "
         "al-Malikiyah.", {"al-Malikiyah": "strike_target"}),
        ("Jets struck Idlib while talks in Geneva continued.", {"Geneva": "other"}),
        # where an attack came from; a country is in no city
        ("Explosions are seen over the capital, following the attack from Iran in Tel Aviv.",
         {"Iran": "launch_point", "Tel Aviv": "other"}),
        ("The Russian jets operated from the Khmeimim air base located in Syria's Latakia "
         "Governorate.", {"Latakia": "base"}),
        # a place described after its country's possessive shares the country's role
        ("A drone launched by the group hit Israel's economic hub Tel Aviv.",
         {"Israel": "strike_target", "Tel Aviv": "strike_target"}),
        ("He praised Israel's economic hub Tel Aviv.", {"Tel Aviv": "other"}),
        # (review: what the launch, clause, negation and cue rules must not reach)
        ("Rockets fired by Hamas at communities in Israel killed two.",
         {"Israel": "strike_target"}),
        ("Rockets fired by Hamas killed a man in Ashkelon.", {"Ashkelon": "strike_target"}),
        ("Syrian air defences in Damascus fired missiles at the incoming Israeli jets.",
         {"Damascus": "other"}),
        ("Missiles launched by the Houthi militia in Yemen toward Riyadh were intercepted.",
         {"Yemen": "launch_point"}),
        ("Jets bombed Raqqa , and Moscow was warned.", {"Moscow": "other"}),
        ("Israeli jets struck a plot of land near Gaza City.", {"Gaza City": "strike_target"}),
        ("After a decision on Monday, Russian jets struck Idlib.", {"Idlib": "strike_target"}),
        ("Jets bombed Idlib, while fighting raged in Hama.", {"Hama": "other"}),
        ("Baghdad has extended control over the oil revenues of Kirkuk.", {"Kirkuk": "other"}),
        ("A roadside bomb exploded in Kandahar.", {"Kandahar": "other"}),
        ("An ammunition depot exploded in Hama.", {"Hama": "strike_target"}),
        ("Reporters covering the attacks from Baghdad said.", {"Baghdad": "other"}),
        # a missile heading for a place was aimed at it; people heading there were not; the
        # headquarters is no heading
        ("Israel's Arrow defense system intercepted a missile over the Red Sea heading in the "
         "direction of Eilat.", {"Eilat": "strike_target"}),
        ("Rebels heading for Idlib were hit by shells.", {"Idlib": "other"}),
        ("Missiles struck the headquarters of the group in Erbil.", {"Erbil": "strike_target"}),
        # a label, then what happened there; not a dateline, a reaction, a strike elsewhere
        ("Qaim: 1 woman during coalition airstrikes.", {"Qaim": "strike_target"}),
        ("Syria: US forces conduct air strikes against pro-government forces",
         {"Syria": "strike_target"}),
        ("TEHRAN: Iran said jets struck Idlib.", {"TEHRAN": "other", "Idlib": "strike_target"}),
        ("Tehran: officials condemned the air strikes.", {"Tehran": "other"}),
        ("Baghdad: 2 killed by a suicide bomber.", {"Baghdad": "other"}),
        # armed patrols are missions over a place
        ("On Saturday, Tornados from RAF Akrotiri patrolled over north-west Iraq.",
         {"Iraq": "strike_target"}),
        ("Turkey under fire over its offensive in Afrin.", {"Turkey": "other"}),
        # warnings, earthquakes, attribution, plans, modals, removals, sea names as adjectives
        ("Air raid sirens sounded in Tel Aviv this morning.", {"Tel Aviv": "other"}),
        ("Aid reached victims of the earthquake that struck both Syria and Turkey last month.",
         {"Syria": "other", "Turkey": "other"}),
        ("An Israeli airstrike killed two members of Iran's Revolutionary Guard near Damascus.",
         {"Iran": "other", "Damascus": "strike_target"}),
        ("The strike is the third attributed to Israel since the earthquake.",
         {"Israel": "other"}),
        ("He was planning an imminent attack on Israel.", {"Israel": "other"}),
        ("S-400 systems were taken out of the area by Russia to bolster its war in Ukraine.",
         {"Ukraine": "other"}),
        ("The Syrian regime may attack Kurdish-led forces again in Deir al-Zor.",
         {"Deir al-Zor": "other"}),
        ("In May, jets destroyed the Temple of Bel in Palmyra.", {"Palmyra": "strike_target"}),
        ("76 people were killed in the air strike on Wagha village near the Red Sea port of "
         "Mocha.", {"Red Sea": "other"}),
        ("Jets took out a radar in Hodeidah.", {"Hodeidah": "strike_target"}),
        ("Strikes targeting Yemen's Houthi rebels hit Sanaa.", {"Yemen": "strike_target"}),
        # a patrol flies from its base
        ("On Saturday, Tornados from RAF Akrotiri patrolled over north-west Iraq.",
         {"RAF Akrotiri": "launch_point", "Iraq": "strike_target"}),
        # (third review: what the newest rules must not reach)
        ("Sirens sounded as rockets struck Ashkelon.", {"Ashkelon": "strike_target"}),
        ("Amid air raid sirens, Russian missiles struck Kyiv overnight.",
         {"Kyiv": "strike_target"}),
        ("Syrian jets bombed earthquake-hit Jandaris.", {"Jandaris": "strike_target"}),
        ("A car bomb struck a checkpoint in Baghdad.", {"Baghdad": "other"}),
        ("Russian jets may have struck a hospital in Idlib.", {"Idlib": "strike_target"}),
        ("Carefully planned airstrikes hit Raqqa.", {"Raqqa": "strike_target"}),
        ("The planned assault on Mosul began.", {"Mosul": "strike_target"}),
        ("Israel: jets ready for strikes, army says.", {"Israel": "other"}),
        ("Israel's warning to Hezbollah and Lebanon: more strikes are coming.",
         {"Lebanon": "other"}),
        ("Hamas fired rockets at civilians from the Gaza Strip.",
         {"Gaza Strip": "launch_point"}),
        ("Airstrikes hit a convoy heading for Palmyra.", {"Palmyra": "other"}),
        ("US troops patrolled over the weekend in Manbij.", {"Manbij": "base"}),
        ("Ukrainian drones took out of action two bombers at the Engels air base.",
         {"Engels": "strike_target"}),
        # where people come from is no launch point
        ("66 martyrs from #Aleppo, most of them killed as Assad's forces targeted the road "
         "with thermobaric missiles.", {"Aleppo": "other"}),
        ("Rockets from Syria hit Kilis.", {"Syria": "launch_point"}),
        # a decision still to take
        ("Attacks were bringing Israel closer to a decision on military action in Lebanon.",
         {"Lebanon": "other"}),
        # where those who fire the missiles are
        ("Since October 7, Iran-backed Houthis in Yemen have launched numerous missiles and "
         "drones at Israel.", {"Yemen": "launch_point", "Israel": "strike_target"}),
        ("Air defences intercepted two ballistic missiles launched by the Houthi militia in "
         "Yemen toward Riyadh.", {"Yemen": "launch_point"}),
        ("Hezbollah fighters in Lebanon fired rockets at Kiryat Shmona.",
         {"Lebanon": "launch_point"}),
        # not an offensive, nor ships whose base the sentence states
        ("Rebels in Idlib launched an offensive on Hama.", {"Idlib": "other"}),
        ("Four Russian warships based in the Caspian Sea fired 26 missiles at targets in Syria.",
         {"Caspian Sea": "base"}),
        # parts of one place named together
        ("Its mercenaries continue their brutal attacks on northern and eastern Syria.",
         {"Syria": "strike_target"}),
        ("Jets bombed western, northern and eastern Aleppo.", {"Aleppo": "strike_target"}),
        ("Jets bombed Raqqa, Idlib and the east of Aleppo.", {"Aleppo": "strike_target"}),
        ("The air strike hit a camp in Rann, in the far north of Borno State.",
         {"Borno": "strike_target"}),
        ("Jets bombed a village to the far north of Aleppo.", {"Aleppo": "other"}),
        # an adjective, not a verb that opens a clause
        ("Two were killed in a drone strike in Tulkarem city, the northern occupied West Bank.",
         {"Tulkarem": "strike_target", "West Bank": "strike_target"}),
    ],
)
def test_roles(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


def test_every_mention_keeps_its_cue_and_confidence(mentions_of):
    found = {m.surface: m for m in mentions_of("Warplanes struck Idlib. Moscow said so.")}
    assert {s: m.role_cue for s, m in found.items()} == {"Idlib": "struck", "Moscow": "said"}
    assert 1 >= found["Idlib"].role_confidence > found["Moscow"].role_confidence > 0


def test_gates_only_skip_work(gazetteer, gold_corpus, monkeypatch):
    """The substring tests in front of patterns (names.has_any) never change a result: the
    gold reports give the same mentions and roles with every gate open. A gate whose words
    drift from its pattern's fails here."""
    import importlib

    from geostrike import mentions, roles
    from geostrike.mentions import find_mentions

    corpus = gold_corpus

    def run():
        return [(m.start, m.place.id if m.place else None, m.role, m.role_cue)
                for a in corpus.articles
                for m in roles.assign_roles(find_mentions(a, gazetteer), a.text)]

    gated = run()
    for module in [roles, *(importlib.import_module(f"geostrike.roles.{name}")
                            for name in ("cues", "clause", "stated", "struck"))]:
        if hasattr(module, "has_any"):
            monkeypatch.setattr(module, "has_any", lambda text, words: True)
    monkeypatch.setattr(mentions, "has_any", lambda text, words: True)
    assert run() == gated


def test_a_section_heading_takes_the_strikes_of_its_section(mentions_of):
    """A monitor's daily report heads each section with its province; the heading names the
    area the section's shelling and raids fell in, and a section with no strike leaves its
    heading other."""
    found = _roles(mentions_of(
        "Daily report of the day's events.\n\n"
        "Daraa Province:\n\n"
        "Clashes went on all day, and regime forces shelled the town of Nawa.\n\n"
        "Idlib Province:\n\n"
        "Activists met in Saraqeb to discuss the distribution of aid.\n"))
    assert found["Daraa"] == "strike_target"
    assert found["Idlib"] == "other"
    assert found["Saraqeb"] == "other"


@pytest.mark.parametrize("text", [
    # a site's section tag above the headline
    "Libya\nWarplanes carried out three air strikes on Derna on Monday.",
    # a dateline in capitals
    "A report.\nANKARA\nTurkish jets struck Afrin on Monday.",
    # what the section reports was struck in another country
    "Overview of the day.\n\nLebanon:\n\nIsraeli jets struck Baghdad on Monday.",
    # ...or in an unknown place near another country's city
    "Report of the day.\n\nLebanon:\n\nIsraeli jets struck the village of Hazzanu near "
    "Damascus.",
    # ...or in another governorate
    "Daily report.\n\nIdlib Province:\n\nThe regime shelled Kafr Zita in Hama province.",
    # a dateline under a byline; a section tag after a blank first line
    "By Kinda Makieh\nDamascus\n\nSyrian army artillery shelled rebel positions in Jobar.",
    "\nSyria\n\nRussian jets bombed Idlib on Monday.",
])
def test_a_line_with_a_name_alone_is_no_heading_of_strikes_elsewhere(mentions_of, text):
    found = mentions_of(text)
    first = found[0]
    assert first.role == "other", [(m.surface, m.role, m.role_cue) for m in found]


@pytest.mark.parametrize(("text", "expected"), [
    # "the city", "the town" name the place again, where the strike is said
    ("And in the city of Arbeen, a child was killed when the city was subjected to bombing "
     "by war planes today.", {"Arbeen": "strike_target"}),
    ("Douma has paid a high price as regime warplanes pound the city with barrel bombs.",
     {"Douma": "strike_target"}),
    ("The toll reached 8 in Aleppo, after 30 Russian airstrikes on the afflicted city.",
     {"Aleppo": "strike_target"}),
    # the noun introduces another place
    ("Aleppo is calm, but the city of Hama was shelled.", {"Aleppo": "other"}),
    # another name stands between
    ("Aleppo is calm while Azaz was shelled and the city burned.", {"Aleppo": "other"}),
    # a province is no city
    ("Idlib province is calm although the village was shelled.", {"Idlib": "other"}),
    # the name tells who speaks
    ("Hodeidah residents said explosions were heard throughout the city.",
     {"Hodeidah": "other"}),
])
def test_the_city_names_the_place_again(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # what munitions do where they fall
    ("Shells rained down on Douma overnight.", "strike_target"),
    ("A missile slammed into a building in Kharkiv.", "strike_target"),
    ("The Kalibr rockets ripped through a camp near the town of Saraqeb.", "strike_target"),
    ("Russian jets pummelled Ariha on Sunday.", "strike_target"),
    ("A barrage of rockets fell on Metula.", "strike_target"),
    # the same verbs without arms
    ("The news ripped through Damascus.", "other"),
    ("A storm tore through Latakia on Monday.", "other"),
    ("A car slammed into a crowd in Nice.", "other"),
    ("Criticism rained down on Moscow.", "other"),
])
def test_what_munitions_do_where_they_fall(mentions_of, text, expected):
    found = mentions_of(text)
    assert [m.role for m in found] == [expected], [(m.surface, m.role, m.role_cue) for m in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Saraqeb - located on a highway linking the capital Damascus and the northern province "
     "of Aleppo - was retaken after fierce battles.", "strike_target"),
    ("Palmyra \u2013 the ancient city \u2013 was bombed on Sunday.", "strike_target"),
    ("Aleppo - quiet for weeks - was the scene of talks.", "other"),
])
def test_an_aside_between_dashes_does_not_end_the_clause(mentions_of, text, expected):
    assert mentions_of(text)[0].role == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a country written as its initials is an adjective before the strikes it makes
    ("Five fighters were killed in Jurf al-Sakhar in U.S. strikes that Washington said were "
     "retaliation.", {"U.S.": "other", "Jurf al-Sakhar": "strike_target"}),
    ("Three members had been killed in the overnight US airstrikes.", {"US": "other"}),
    ("Dozens died in UK air strikes.", {"UK": "other"}),
    # a country's name may be where they fell
    ("The Iraq strikes hit targets near Mosul.", {"Mosul": "strike_target"}),
])
def test_initials_before_strikes_name_the_attacker(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a tourist resort bombed is struck; tourists on a plane make a crash civil
    ("Turkey denies that it bombed the tourist resort in Iraq.", {"Iraq": "strike_target"}),
    ("The plane carrying Russian tourists crashed in Sinai.", {"Sinai": "other"}),
    # "aimed at" a purpose is no target
    ("The Defense Ministry in a statement said their recent actions were merely \"local "
     "anti-terrorist activities\" aimed at restoring constitutional order in response to "
     "alleged Armenian provocations and violations in the Karabakh region.",
     {"Karabakh": "other"}),
    ("Strikes aimed at Raqqa continued.", {"Raqqa": "strike_target"}),
    # both ends of a border locate the place struck
    ("Shelling hit a resort in Zakho, a town on the border between Iraq's Kurdistan region "
     "and Turkey.", {"Zakho": "strike_target", "Kurdistan": "other", "Turkey": "other"}),
])
def test_words_that_looked_like_cues(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a place described on the way, set off by a comma
    ("Azerbaijan has commenced a large-scale artillery assault on Nagorno Karabakh's capital, "
     "Stepanakert, following a blockade.", {"Stepanakert": "strike_target"}),
    # a named origin, then "at" the name struck
    ("The increased rocket fire from Gaza at southern Israel comes as the army expands its "
     "operations.", {"Gaza": "launch_point", "Israel": "strike_target"}),
    # (not a base reached from the force's own unit)
    ("Russia has been bombing Syria since Sept. 30 from its air group at the Hmeymim base "
     "near Latakia.", {"Hmeymim": "base"}),
])
def test_the_name_struck_after_a_description_or_an_origin(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # fire that comes from a place was launched there; people who come from it were not
    ("Shelling hit Stepanakert. Sources said the shelling was coming from the heights of "
     "Shushi in Azerbaijan.", {"Shushi": "launch_point"}),
    ("Refugees coming from Shushi in Azerbaijan arrived.", {"Shushi": "other"}),
])
def test_fire_coming_from_a_place(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "by" between the strike and the name: who made it
    ("The crossing reopened, only to face more rocket attacks by Gaza terrorists.",
     {"Gaza": "other"}),
    ("The village was shelled by Idlib rebels.", {"Idlib": "other"}),
    ("Twice as many missiles were launched by the U.S. as in 2017.", {"U.S.": "other"}),
])
def test_by_the_name_after_a_strike_is_who_made_it(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # from a review of this session's rules: each was misread when they were first written
    ("Speaking in Ankara, Erdogan said Russian jets bombed the town, killing civilians.",
     {"Ankara": "other"}),
    ("Reporting from Gaziantep, the correspondent said the town had been hit repeatedly.",
     {"Gaziantep": "other"}),
    ("A powerful storm pummelled Lebanon.", {"Lebanon": "other"}),
    ("Diplomats braced for a salvo of sanctions against Ankara.", {"Ankara": "other"}),
    ("Rockets slam into Kabul as Taliban fighters close in.", {"Kabul": "strike_target"}),
    ("Turkish-backed groups pushed into Afrin.", {"Afrin": "strike_target"}),
    ("A Russian tourist jet went down over Sinai.", {"Sinai": "other"}),
    ("The Houthis said the missile was aimed at King Khalid International Airport in Riyadh.",
     {"Riyadh": "strike_target"}),
    ("Refugees fled Homs - many on foot - shelled by artillery along the way.",
     {"Homs": "other"}),
])
def test_review_cases_of_the_new_rules(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("heading", "struck", "expected"), [
    # a town: what was struck nearby (Bartella is 20 km from Mosul; Fallujah is 350 km away)
    ("Mosul:", "Bartella", "strike_target"),
    ("Mosul:", "Fallujah", "other"),
    # a Syrian governorate: what its outline holds
    ("Hama Province:", "Kafr Zita", "strike_target"),
    ("Hama Province:", "Saraqeb", "other"),
    # a province abroad, known by its point only: its country
    ("Anbar Province:", "Fallujah", "strike_target"),
])
def test_a_heading_takes_only_strikes_that_lie_in_it(mentions_of, heading, struck, expected):
    found = mentions_of(f"Report of the day.\n\n{heading}\n\nJets struck {struck} at dawn.\n")
    assert found[0].role == expected, [(m.surface, m.role, m.role_cue) for m in found]


@pytest.mark.parametrize(("text", "expected"), [
    ("Port Sudan, the temporary seat of the government and the country's main commercial "
     "port, was attacked on Tuesday by drones.", {"Port Sudan": "strike_target"}),
    ("A pickup truck near the Sinjar mountains in northern Iraq was targeted by a drone.",
     {"Sinjar": "strike_target", "Iraq": "strike_target"}),
    ("Homs, Syria's third city and long a rebel stronghold, has been shelled again.",
     {"Homs": "strike_target"}),
    # not in the subject: a verb, a relative or a speaker stands between
    ("Officials in Aleppo said that a convoy near the border was hit.", {"Aleppo": "other"}),
    ("Aleppo, where the talks were held last year, was hit by a power cut.",
     {"Aleppo": "other"}),
    # no strike verb
    ("Port Sudan, the seat of the government and the main port, was visited on Tuesday by "
     "the envoy.", {"Port Sudan": "other"}),
])
def test_a_name_in_the_subject_of_a_passive_strike_is_struck(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a chain of what was dropped where, each with its count
    ("Helicopters dropped six barrels on the city of Basr al-Harir, two barrels on the village "
     "of Nawa and four barrels on the village of Inkhil in the region of al-Lajat.",
     {"Basr al-Harir": "strike_target", "Nawa": "strike_target", "Inkhil": "strike_target"}),
    ("Jets dropped bombs on farms near Saraqeb and two missiles on the outskirts of Taftanaz "
     "and on the farms surrounding Binnish.", {"Binnish": "strike_target"}),
    # a part of the place between it and its passive verb
    ("Most houses in the Sheikh Maqsoud neighbourhood were completely destroyed by air "
     "strikes.", {"Sheikh Maqsoud": "strike_target"}),
    # the chain breaks at a clause
    ("Helicopters dropped six barrels on the city of Basr al-Harir, and officials later met "
     "in the village of Nawa.", {"Nawa": "other"}),
])
def test_chains_of_drops_and_parts_before_a_passive(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a speaker's setting is not the event: "In a briefing, he said strikes on X"
    ("At a press conference, the minister said strikes on the Kherson and Zaporizhzhia regions "
     "used drones.", {"Kherson": "strike_target", "Zaporizhzhia": "strike_target"}),
    # the provinces were struck, not the country they border
    ("The strikes were carried out in Kunar and Nangarhar provinces bordering Pakistan.",
     {"Kunar": "strike_target", "Pakistan": "other"}),
    # the possessor of what was struck, at home or abroad
    ("Kabul said its forces targeted Pakistan's military posts along the border.",
     {"Pakistan": "strike_target"}),
    ("Rebels fired rockets on Russia's main airbase in Syria.", {"Russia": "other"}),
    ("The raid targeted Iran's military presence in Syria.", {"Iran": "other"}),
    # the possessor of an operation made it
    ("Drones launched during Iran's retaliatory operation were intercepted.", {"Iran": "other"}),
    ("Jets struck Libya's al-Watiya airbase overnight.", {"Libya": "strike_target"}),
    # helpers are no targets, all of a list of them
    ("The drones were shot down with the assistance of the US, UK, Jordan and France.",
     {"UK": "other", "Jordan": "other", "France": "other"}),
    # a past event named after the place
    ("Factions in Lebanon have fired on Israel in the past, including during the 2014 Gaza War.",
     {"Gaza": "other"}),
    # what falls into the sea
    ("Rockets were fired towards Israel from near the camp of Rashidiyeh, but the military said "
     "they landed in the Mediterranean Sea.", {"Mediterranean Sea": "other"}),
    # "as" and the name's own verb: a clause of its own
    ("Blasts were heard near Isfahan on Friday as Israel reportedly launched a strike.",
     {"Isfahan": "strike_target", "Israel": "other"}),
    ("Isfahan is home to several military bases.", {"Isfahan": "base"}),
    # a place that hosts a base, or serves as one for a strike elsewhere
    ("Mogadishu hosts Turkey's largest overseas base.", {"Mogadishu": "base"}),
    ("Nyala is an RSF stronghold and a base for its offensive on the city of al-Fashir.",
     {"Nyala": "base", "al-Fashir": "strike_target"}),
    ("Raqqa was the main base of ISIS until 2017.", {"Raqqa": "base"}),
    # (guards: what else a place hosts; bases there that were struck)
    ("Raqqa hosts a refugee camp.", {"Raqqa": "other"}),
    ("Isfahan is home to several military bases that were struck on Friday.",
     {"Isfahan": "other"}),
    # a name right after a strike noun, with its own verb: the one who struck
    ("Israel answered the air attack Tehran launched last weekend.",
     {"Israel": "other", "Tehran": "other"}),
    ("The strikes that Baghdad carried out on Sunday killed ten.", {"Baghdad": "other"}),
    # (guard: what the strike on a place did)
    ("The raid on Raqqa launched a new phase of the war.", {"Raqqa": "strike_target"}),
    # the owner of a place abroad is not struck with it; of a place at home, it is
    ("Rebels fired rockets at Russia's Khmeimim airbase.", {"Russia": "other"}),
    ("Jets struck Iran's Isfahan province.", {"Iran": "strike_target"}),
    # aircraft leaving a base, and a mission from it
    ("The two Tornado jets left the Royal Air Force's Akrotiri base at 10.25am.",
     {"Akrotiri": "launch_point"}),
    # taking off from a runway there, a departure from it
    ("A B-1B Lancer takes off from a runway at Dyess Air Force Base, Texas.",
     {"Dyess Air Force Base": "launch_point", "Texas": "launch_point"}),
    ("The video shows two B-1B bombers making a departure from Dyess Air Force Base.",
     {"Dyess Air Force Base": "launch_point"}),
    # (guard: a person's departure)
    ("The minister's departure from Incirlik Air Base was delayed.",
     {"Incirlik Air Base": "base"}),
    ("British fighters run first mission from Akrotiri", {"Akrotiri": "launch_point"}),
    ("The refugees left Aleppo as jets struck.", {"Aleppo": "other"}),
    # a quoted chain of bases, camps and airports after the strike
    ("Al-Masirah said the strikes hit \u201cDailami Air Base north of the capital, the vicinity "
     "of Hodeidah airport, areas in Zabid district, Taiz airport, and the camp in Abs.\u201d",
     {"Hodeidah": "strike_target", "Zabid": "strike_target", "Taiz": "strike_target"}),
])
def test_speakers_owners_helpers_events_seas_and_departures(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a list item's kind may be a base or a port: the strike reaches every item
    ("Missiles struck the Shayrat airbase, Tiyas and Palmyra on Monday.",
     {"Shayrat": "strike_target", "Tiyas": "strike_target", "Palmyra": "strike_target"}),
    ("Jets struck the Ras Isa port, Salif camp and Hodeidah airport on Monday.",
     {"Hodeidah": "strike_target"}),
    # ...and a base stays a base
    ("Russia uses the Hmeimim airbase, Tartus and Latakia.",
     {"Hmeimim": "base", "Tartus": "base", "Latakia": "base"}),
])
def test_list_items_with_a_base_or_port(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the nearest "from" decides: a name after the first origin is an origin too
    ("Drones were launched from Yeysk in Russia and from Sevastopol in occupied Crimea.",
     {"Yeysk": "launch_point", "Russia": "launch_point", "Sevastopol": "launch_point",
      "Crimea": "launch_point"}),
    # ...and the first origin stays the only one when no "from" comes again
    ("Jets from Hmeimim flew to strike near Palmyra.", {"Palmyra": "strike_target"}),
    # "in occupied Crimea" locates the place like "in Crimea"
    ("Su-24 jets are based at Sevastopol in occupied Crimea.", {"Crimea": "base"}),
])
def test_each_from_names_an_origin(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a nation at war attacks with its forces (a mob does not)
    ("In turn, the Ukrainians attacked the crossing in Crimea.", {"Crimea": "strike_target"}),
    ("The mob attacked the shop in Paris.", {"Paris": "other"}),
    # a munition towards a place is aimed at it
    ("Saudi Arabia intercepts Houthi missile towards Najran", {"Najran": "strike_target"}),
    # a war named after its sides or its place is an event, not the place
    ("Jets hit bases in Iraq since the onset of the Hamas-Israel war.", {"Israel": "other"}),
    ("Since the Israel-Hezbollah conflict began, jets struck Tyre.", {"Israel": "other"}),
    ("Nearly 10,000 people have been killed in the Yemen conflict.", {"Yemen": "other"}),
])
def test_nations_munitions_and_wars(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the places a strike affected, listed after their kind
    ("The affected neighborhoods included Burj al-Barajneh, Haret Hreik and Ghobeiry.",
     {"Burj al-Barajneh": "strike_target", "Haret Hreik": "strike_target",
      "Ghobeiry": "strike_target"}),
    ("The affected areas were Kafr Nabl and Saraqib.",
     {"Kafr Nabl": "strike_target", "Saraqib": "strike_target"}),
    # a headline's present "fires missiles near"
    ("Israel fires missiles near Damascus airport", {"Damascus": "strike_target"}),
])
def test_affected_places_and_fire_near(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a capital that speaks, with an adverb between
    ("Missile attacks against Saudi Arabia rose, which Riyadh usually says it intercepts.",
     {"Saudi Arabia": "strike_target", "Riyadh": "other"}),
    ("Missile attacks hit Damascus on Monday, Moscow later said.", {"Moscow": "other"}),
])
def test_a_capital_speaks_after_an_adverb(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the name is one of the strike's objects, given as an example
    ("Jets struck several towns, including Kafr Nabl.", {"Kafr Nabl": "strike_target"}),
    ("The rebels gained ground, capturing several territories, including Woldiya in Amhara.",
     {"Woldiya": "strike_target"}),
    ("Warplanes bombed rebel areas such as Saraqib.", {"Saraqib": "strike_target"}),
    ("In May, Israeli jets struck several targets, including the Dimas airport.",
     {"Dimas": "strike_target"}),
    # ...not a speaker's example
    ("Jets struck Raqqa, said officials including Lavrov in Moscow.", {"Moscow": "other"}),
])
def test_examples_of_the_objects_struck(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # regaining ground is a capture, like retaking it (gold rule 4)
    ("The army succeeded in regaining the suburbs of Homs, Damascus and Deir Azur.",
     {"Homs": "strike_target", "Damascus": "strike_target", "Deir Azur": "strike_target"}),
    ("Iraq regained its footing after the war.", {"Iraq": "other"}),
])
def test_regaining_ground(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an attack a state is blamed for is armed; the base word may stand before "under attack"
    ("The Syrian area of Masyaf under an attack attributed to Israel on Sunday",
     {"Masyaf": "strike_target"}),
    ("Aleppo airport under an attack attributed to Israel last week",
     {"Aleppo": "strike_target"}),
    ("Aleppo airport under attack by Israeli jets.", {"Aleppo": "strike_target"}),
    # ...a person's is not
    ("The shop in Paris came under attack by Smith.", {"Paris": "other"}),
])
def test_attacks_attributed_to_a_state(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "in order to" gives a purpose, not an order: the offensive is under way
    ("A broad offensive has been launched in order to retake the city of Hit.",
     {"Hit": "strike_target"}),
    ("Putin gave orders to strike Raqqa.", {"Raqqa": "other"}),
])
def test_in_order_to_is_no_order(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause's "no" does not deny the strike
    ("The attacks targeted areas where no fighting is taking place around the town of Dimas.",
     {"Dimas": "strike_target"}),
    ("There were no strikes on Raqqa.", {"Raqqa": "other"}),
])
def test_a_relative_clauses_no(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "not just X, but also Y" adds to X, and "No. 2" is a number: neither denies the strike
    ("After air strikes, the insurgents re-captured not just the town of Aleppo, but also its "
     "airport.", {"Aleppo": "strike_target"}),
    ("Nine rebels were killed during a bombardment by the Air Combat Command No. 2 near the "
     "town of Homs.", {"Homs": "strike_target"}),
    # (guards: "not" and "no" still deny)
    ("Jets did not strike Aleppo.", {"Aleppo": "other"}),
    ("No strikes hit Homs.", {"Homs": "other"}),
])
def test_not_just_and_number_signs_deny_nothing(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # rockets shower over places; every example of a list is struck
    ("Rockets fired from the Gaza Strip showered over multiple Israeli cities, including "
     "Jerusalem and Tel Aviv.", {"Jerusalem": "strike_target", "Tel Aviv": "strike_target"}),
    ("Rockets struck several cities, including Jerusalem and Haifa.",
     {"Jerusalem": "strike_target", "Haifa": "strike_target"}),
    # a state's general is the state's
    ("Air Attack at Baghdad's International Airport Kills Iran's General Qassem Soleimani",
     {"Baghdad": "strike_target", "Iran": "other"}),
])
def test_showers_examples_and_generals(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a munition descends onto a place; a "where" clause on the place reports the strike
    ("A missile descends onto Damascus, Syria, during an airstrike.",
     {"Damascus": "strike_target"}),
    ("The plane descended on Beirut for landing.", {"Beirut": "other"}),
    ("The wake was held in the neighborhood of Bab al-Nayrab, the same area where 15 people "
     "were killed in a barrel bombing Thursday.", {"Bab al-Nayrab": "strike_target"}),
    ("Fires broke out in Abqaiq, where drones attacked the oil facility.",
     {"Abqaiq": "strike_target"}),
    # ...but those who seek to take a place have not yet
    ("Food ran short in Daraa, where neighborhoods are encircled by fighters seeking to "
     "regain control of the area.", {"Daraa": "other"}),
])
def test_descending_munitions_and_where_clauses(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # from a read-only review of this session's rules: each was misread by their first version
    ("The lira regained ground against the dollar in Turkey.", {"Turkey": "other"}),
    ("He regained consciousness in a hospital in Kyiv.", {"Kyiv": "other"}),
    ("Iraqi forces regained control of Ramadi.", {"Ramadi": "strike_target"}),
    ("The Europeans attacked the decision in Brussels.", {"Brussels": "other"}),
    ("Israeli jets struck the Gaza conflict zone again.", {"Gaza": "strike_target"}),
    ("The missile attacks angered allies, especially Poland.", {"Poland": "other"}),
    ("The bombing campaign was praised by allies, notably Hungary.", {"Hungary": "other"}),
    ("Masyaf came under an attack attributed to Israel Monday night.",
     {"Masyaf": "strike_target"}),
    ("Hmeymim base under attack, Russia says", {"Hmeymim": "strike_target"}),
    ("Hmeymim base came under attack.", {"Hmeymim": "strike_target"}),
])
def test_review_cases_of_this_sessions_roles(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a country before its carrier owns it; the battle for a city is an assault on it
    ("Yemen's Houthis fired a missile towards the US aircraft carrier Eisenhower.",
     {"US": "other"}),
    ("Kurdish fighters began the battle for Raqqa, the militants' capital.",
     {"Raqqa": "strike_target"}),
    ("The battle for hearts and minds in Syria goes on.", {"Syria": "other"}),
    # an attacker coordinated with another
    ("Houthis fired at the carrier following US and British strikes on Yemen.",
     {"US": "other", "Yemen": "strike_target"}),
])
def test_carriers_and_battles(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # from a second read-only review, of the first review's mends: each was misread by them
    ("Syrian troops regained Palmyra from Islamic State.", {"Palmyra": "strike_target"}),
    ("Syrian Army Regains Palmyra", {"Palmyra": "strike_target"}),
    ("Ukrainian forces regained the city of Kherson in November.",
     {"Kherson": "strike_target"}),
    ("Government forces regained much of eastern Aleppo.", {"Aleppo": "strike_target"}),
    ("Russian missiles struck populated areas, including Kharkiv and Zaporizhzhia.",
     {"Kharkiv": "strike_target", "Zaporizhzhia": "strike_target"}),
    ("Ukraine struck Russian-occupied territories, including Crimea.",
     {"Crimea": "strike_target"}),
    ("The Ukrainians attacked the bridge in Crimea, according to reports.",
     {"Crimea": "strike_target"}),
    ("Analysts call it the battle for Ukraine's future.", {"Ukraine": "other"}),
    ("The diplomatic battle for Kyiv's support intensified in Brussels.",
     {"Kyiv": "other", "Brussels": "other"}),
    ("The Sevastopol and Novorossiysk naval bases host the fleet.", {"Novorossiysk": "base"}),
    ("The Hmeymim base was under attack.", {"Hmeymim": "strike_target"}),
    ("Tartus naval base came under attack.", {"Tartus": "strike_target"}),
])
def test_second_review_cases_of_this_sessions_roles(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a scraped "USA -led coalition" leads, as "U.S.-led" does
    ("IS fortified its positions in the face of a USA -led coalition onslaught.",
     {"USA": "other"}),
    # where an armed attack took place (not a terror attack, not a time)
    ("The attack occurred near the town of Masyaf and the missiles were fired from Lebanon.",
     {"Masyaf": "strike_target"}),
    ("A terror attack occurred in Paris.", {"Paris": "other"}),
    ("The attack took place at 11:45 pm, when a correspondent in Damascus heard blasts.",
     {"Damascus": "other"}),
])
def test_scraped_led_and_where_an_attack_took_place(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # where hits were reported from; what a munition is bound for; a part of an area
    ("Similar hits were reported from Kharkiv, Donetsk and Zaporizhzhia regions.",
     {"Kharkiv": "strike_target", "Donetsk": "strike_target", "Zaporizhzhia": "strike_target"}),
    ("Israeli jet downs Eilat-bound UAV", {"Eilat": "strike_target"}),
    ("A drone was heading toward Israel.", {"Israel": "strike_target"}),
    ("The convoy was heading toward Raqqa.", {"Raqqa": "other"}),
    ("Russian ships are based at Sevastopol in the southern part of Crimea.", {"Crimea": "base"}),
])
def test_hits_reported_bound_munitions_and_parts(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


def test_the_month_may_is_no_guess(mentions_of):
    _assert_roles(mentions_of("In May, Russian jets used the Dimas airport."), {"Dimas": "base"})
    _assert_roles(mentions_of("Al Udeid may be the obvious candidate."), {"Al Udeid": "other"})


@pytest.mark.parametrize(("text", "expected"), [
    # from a read-only review of this session's rules: each was misread by their first version
    ("The Tomahawk missiles left the Shayrat air base heavily damaged.", {"Shayrat": "base"}),
    ("The drone attack left the Hmeymim air base without power for hours.",
     {"Hmeymim": "strike_target"}),
    ("Militants leaving the Tabqa airbase were hit by jets.", {"Tabqa": "strike_target"}),
    ("Russian warships left the Tartus naval base on Monday.", {"Tartus": "base"}),
    ("Israel struck Iran's nuclear sites in June, killing several scientists.",
     {"Iran": "strike_target"}),
    ("US bombers struck Iran's nuclear facilities in Fordow and Natanz.",
     {"Iran": "strike_target"}),
    ("According to officials in Damascus, a convoy near Homs was hit by an Israeli drone.",
     {"Damascus": "other", "Homs": "strike_target"}),
    ("State media in Tehran reported a military base near Isfahan was attacked by drones.",
     {"Tehran": "other"}),
    ("Russia backs Assad, and a hospital in Idlib was bombed on Monday.", {"Russia": "other"}),
    ("A commander from Deir ez-Zor, Abu Omar al-Shami, was targeted by a drone in Idlib.",
     {"Deir ez-Zor": "other"}),
    ("An aid convoy bound for Aleppo from Gaziantep was struck near the border.",
     {"Aleppo": "other"}),
    ("The Syrian T4 airbase, located in the Homs province, was struck by missiles.",
     {"T4": "strike_target"}),
    ("Air strikes on towns such as Douma killed at least 20 people.",
     {"Douma": "strike_target"}),
    ("Government forces pressed the March 2016 Palmyra offensive, retaking the citadel.",
     {"Palmyra": "strike_target"}),
    ("Russian jets conducted 60 sorties against targets ranging from Latakia to Deir ez-Zor.",
     {"Latakia": "other"}),
    ("Israeli jets struck Egypt's Rafah crossing.", {"Egypt": "strike_target"}),
])
def test_review_cases_of_the_owner_passive_subject_and_departure_rules(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # where what flew was brought down: an area is where, not what it was sent at; a city
    # over which missiles were downed was attacked
    ("Moscow said it destroyed 40 drones across six regions, including Crimea.",
     {"Crimea": "other"}),
    ("Some of the drones were neutralized over Iraq or Jordan.",
     {"Iraq": "other", "Jordan": "other"}),
    # a province or a region right after "over" was what they were sent at, as the golds of
    # sets 22, 31 and 33 read it; a tally of where they fell ("in", "across") is not
    ("Air defences shot down 30 drones over the Kursk, Oryol and Bryansk regions.",
     {"Kursk": "strike_target", "Oryol": "strike_target", "Bryansk": "strike_target"}),
    ("Air defences shot down 30 drones over the province of Kursk.", {"Kursk": "strike_target"}),
    ("Air defence forces intercepted six UAVs over the Belgorod Region and one drone over the "
     "Kursk Region, the ministry said.",
     {"Belgorod Region": "strike_target", "Kursk Region": "strike_target"}),
    ("51 drones were destroyed over occupied Crimea, 44 over the Krasnodar region, six over the "
     "Black Sea, and one over the Kursk region.",
     {"Crimea": "strike_target", "Krasnodar": "strike_target", "Black Sea": "other",
      "Kursk": "strike_target"}),
    ("The drones were downed over several regions: 7 in Kursk, 3 in Belgorod.",
     {"Kursk": "other", "Belgorod": "other"}),
    ("Syrian air defences intercepted Israeli missiles over Hama province.",
     {"Hama": "strike_target"}),
    ("Missiles were shot down over Damascus.", {"Damascus": "strike_target"}),
    ("Russian jets destroyed drone factories in Ukraine.", {"Ukraine": "strike_target"}),
    # the forces speak of what happened there; they are not stationed there
    ("The Air Forces confirmed the downing of 50 drones in Sumy and Poltava regions.",
     {"Sumy": "other", "Poltava": "other"}),
    ("Russian forces stationed in Tartus said they were ready.", {"Tartus": "base"}),
])
def test_interception_places(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    ("Israel intercepted over 100 drones originating from Iran.", {"Iran": "launch_point"}),
    ("Many refugees originating from Syria live in Turkey.", {"Syria": "other"}),
    # (a ship's departure is no launch)
    ("Two warships departed from the port of Tartus, satellite images show.",
     {"Tartus": "other"}),
    # a reach is no strike
    ("The base positions U.S. forces within striking distance of Yemen and Iran.",
     {"Yemen": "other", "Iran": "other"}),
    # a clause of its own stands between the strike and the name
    ("The strikes targeted Houthi forces as tensions escalated in the Middle East.",
     {"Middle East": "other"}),
    ("Jets struck targets as well as depots in Raqqa.", {"Raqqa": "strike_target"}),
    # deaths there, and the strikes that caused them
    ("Over 60 people have died in Yemen due to U.S. military action.",
     {"Yemen": "strike_target"}),
    ("Five people died in Sanaa in US air strikes.", {"Sanaa": "strike_target"}),
    ("He died in Paris in 2010.", {"Paris": "other"}),
    ("Many died in Gaza from hunger.", {"Gaza": "other"}),
    ("The latest attacks were centred on Ramadi.", {"Ramadi": "strike_target"}),
    ("The talks were centred on Geneva.", {"Geneva": "other"}),
    # a war named after a place, with its article and adjectives
    ("Israel bombed Iran, avenging a missile barrage and stirring fears of a full-scale "
     "Lebanon war.", {"Lebanon": "other", "Iran": "strike_target"}),
])
def test_origins_reaches_clauses_deaths_and_wars(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an area in brackets locates the place before it, and takes its role
    ("Bombers flying from the Hamadan air base (Islamic Republic of Iran) struck Idlib.",
     {"Hamadan": "launch_point", "Islamic Republic of Iran": "launch_point"}),
    ("Two Mirage jets were launched from Niamey [Niger] on short notice.",
     {"Niger": "launch_point"}),
    # an air base by its kind, in a list of places drones were launched from
    ("The drones were launched from the regions of Oryol, Millerovo, Kursk and "
     "Primorsko-Akhtarsk.",
     {"Oryol": "launch_point", "Millerovo": "launch_point", "Kursk": "launch_point",
      "Primorsko-Akhtarsk": "launch_point"}),
])
def test_brackets_and_air_bases_in_launch_lists(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a bulleted list under a heading line that reports strikes
    ("Pakistan attacked 15 cities overnight.\nThe targeted locations reportedly include:\n"
     "- Amritsar\n- Jammu\n- Ludhiana\nIndia said it repelled the attacks.",
     {"Amritsar": "strike_target", "Jammu": "strike_target", "Ludhiana": "strike_target"}),
    ("Cities the delegation visited:\n- Amritsar\n- Jammu\n",
     {"Amritsar": "other", "Jammu": "other"}),
    ("The strikes hit Syria.\n- Amritsar is far away\n", {"Amritsar": "other"}),
])
def test_bulleted_lists_take_their_headings_role(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a review's cases: what was destroyed on the ground was struck there
    ("Israeli jets destroyed missile batteries in Syria.", {"Syria": "strike_target"}),
    ("US strikes destroyed Houthi drone stockpiles in Yemen.", {"Yemen": "strike_target"}),
    ("Israeli jets neutralized Hezbollah drone operators in Lebanon.",
     {"Lebanon": "strike_target"}),
    # a heading must say its items were struck
    ("The drones were launched from:\n- Kursk\n- Oryol\n", {"Kursk": "other"}),
    ("Israel struck Iran on Friday.\nFlights cancelled after the strikes:\n- Dubai\n- Doha\n",
     {"Dubai": "other", "Doha": "other"}),
    # labour strikes, and a bombing elsewhere, are no cause of deaths there
    ("Two people were injured in Paris during strikes against the pension reform.",
     {"Paris": "other"}),
    ("A man died in Lagos from injuries sustained in the bombing of his village in Borno.",
     {"Lagos": "other"}),
    ("Three people were wounded in Kyiv during the missile attack on Lviv.", {"Kyiv": "other"}),
    # a clause about the victims still reports where the bombs fell
    ("Russian bombs fell as civilians sheltered in basements in Kharkiv.",
     {"Kharkiv": "strike_target"}),
    ("A drone strike killed the commander as he travelled in Idlib.",
     {"Idlib": "strike_target"}),
    # a province in brackets
    ("Russian jets struck Maarat al-Numan (Idlib province) on Sunday.",
     {"Idlib": "strike_target"}),
])
def test_review_cases_of_the_interception_heading_death_and_clause_rules(mentions_of, text,
                                                                          expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # warplanes named by where they came from, in a clause about strikes (gold rule 5:
    # "aircraft from X had flown sorties")
    ("Aircraft from Saudi Arabia and the United Arab Emirates joined US warplanes in a new "
     "wave of bombing raids against Islamic State in Syria.",
     {"Saudi Arabia": "launch_point", "United Arab Emirates": "launch_point",
      "Syria": "strike_target"}),
    ("Warplanes from Jordan bombed Raqqa.", {"Jordan": "launch_point", "Raqqa": "strike_target"}),
    # ...not when the country leads those the aircraft come from, nor with no strike said
    ("Aircraft from the US led Coalition in Iraq have attacked 15 targets in Iraq.",
     {"US": "other"}),
    ("Jets from Qatar took part in the air show in Dubai.", {"Qatar": "other"}),
    # the unhyphenated "US led coalition" is no place struck ("led to" keeps the strike)
    ("The US led coalition said it struck Raqqa.", {"US": "other", "Raqqa": "strike_target"}),
    ("Strikes on Aleppo led to 20 deaths.", {"Aleppo": "strike_target"}),
])
def test_aircraft_from_a_country_and_unhyphenated_leaders(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a UAV is an aircraft: what it attacked was struck
    ("The Ryazan oil refinery was attacked by a UAV.", {"Ryazan": "strike_target"}),
    # the items after a colon whose head says they were struck
    ("Other Russian airfields reportedly struck include: Olenya air base in Murmansk Oblast; "
     "Diaghilev airbase in Ryazan Oblast.",
     {"Olenya": "strike_target", "Murmansk": "strike_target", "Diaghilev": "strike_target"}),
    ("The Russian airfields include: Olenya air base and Engels.", {"Olenya": "base"}),
    # a bearing from a place, or a range in apposition, is no origin
    ("Witnesses heard explosions from anti-aircraft missiles west of Kassala.",
     {"Kassala": "other"}),
    ("Israeli missiles fired from the west of Latakia hit the port.", {"Latakia": "other"}),
    ("Israeli missiles fired from the far west of Latakia hit the port.", {"Latakia": "other"}),
    ("Israeli missiles fired from the far west of Syria hit the port.",
     {"Syria": "launch_point"}),
    ("Missiles targeted all regions of the country, from Kharkiv and Dnipro to Odesa.",
     {"Kharkiv": "strike_target", "Dnipro": "strike_target"}),
    # ...a range the strike's object reaches over (an area); an origin after a comma is still
    # one
    ("Russian jets struck the city, from Hmeimim, in a raid.", {"Hmeimim": "launch_point"}),
    ("Drones were launched from Kursk to attack Kharkiv.", {"Kursk": "launch_point"}),
    # the attack's maker, and those who blame or are responsible, are actors
    ("The cruel missile attack of Armenia against civilians in Ganja.",
     {"Armenia": "other", "Ganja": "strike_target"}),
    ("The Observatory confirmed raids on Masyaf, claiming Israel was “likely responsible.”",
     {"Masyaf": "strike_target", "Israel": "other"}),
    ("It came after attacks on tankers that Saudi Arabia and the US both blamed on Iran.",
     {"Saudi Arabia": "other", "US": "other"}),
    # an offensive still being prepared is a plan (gold rule 4)
    ("Hadi's forces prepare a campaign to recapture Sanaa.", {"Sanaa": "other"}),
    # where the attacks were
    ("The deadliest attacks were in Douma, where warplanes targeted a home.",
     {"Douma": "strike_target"}),
    ("The deadliest attacks were in Douma.", {"Douma": "strike_target"}),
    ("The attack was in response to Israel's raid.", {"Israel": "other"}),
])
def test_uavs_colon_lists_bearings_makers_plans_and_where_attacks_were(mentions_of, text,
                                                                        expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # where air defence forces shot the drones down is no base of theirs: those provinces
    # were under attack (the gold of the blind sets 42 and 46)
    ("All 13 Shahed drones were shot down by air defense missile units, mobile fire groups of "
     "the Air Force and Defense Forces of Ukraine in Kharkiv, Poltava and Vinnytsia oblasts.",
     {"Kharkiv": "strike_target", "Poltava": "strike_target", "Vinnytsia": "strike_target"}),
    ("After the drone was downed, Russian troops in Crimea were put on alert.",
     {"Crimea": "base"}),
    # drones that arrived from a place flew from there; "the Russian cities of" names no
    # other origin
    ("He added that the shaheds arrived from the Russian cities of Kursk and Oryol.",
     {"Kursk": "launch_point", "Oryol": "launch_point"}),
    ("The ships arrived from Sevastopol.", {"Sevastopol": "other"}),
])
def test_interceptors_and_arrivals(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # air defence at work over a place: the place was under attack
    ("Monitoring channels reported that anti-aircraft defense was activated in Dnipro.",
     {"Dnipro": "strike_target"}),
    ("Air defence is working in the Kyiv region.", {"Kyiv": "strike_target"}),
    # a sea where a base lies is where the base is, not where bombers took off
    ("Four B-2 bombers arrived at Diego Garcia, a U.S. base in the Indian Ocean.",
     {"Diego Garcia": "base", "Indian Ocean": "base"}),
    ("Destroyers in the Red Sea fired missiles at Hodeidah.", {"Red Sea": "launch_point"}),
])
def test_air_defence_at_work_and_a_base_at_sea(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # casualties a munition named before them left where they fell
    ("The missile on Wednesday left 26 civilians wounded at the Abha airport.",
     {"Abha": "strike_target"}),
    ("The protest left three people injured in Paris.", {"Paris": "other"}),
])
def test_casualties_of_a_munition_where_they_fell(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a read-only review of the rules above: what they must leave alone
    ("Heavy shelling in Bakhmut led troops to pull back.", {"Bakhmut": "strike_target"}),
    ("Air strikes on Hodeidah led forces loyal to Hadi to halt.", {"Hodeidah": "strike_target"}),
    ("Israeli strikes on Rafah also claimed the lives of 12 children.",
     {"Rafah": "strike_target"}),
    ("The missile strike on Kramatorsk was responsible for most deaths that week.",
     {"Kramatorsk": "strike_target"}),
    ("The Israeli shelling of Lebanon on Sunday killed two shepherds.",
     {"Lebanon": "strike_target"}),
    ("Residents were preparing to leave when shells hit Kharkiv.", {"Kharkiv": "strike_target"}),
    ("Fighters who prepared the ground to retake Palmyra were bombed near Tadmur.",
     {"Tadmur": "strike_target"}),
    ("Russia launched 40 Shahed drones overnight, from Kursk and Oryol, to strike Kyiv.",
     {"Kursk": "launch_point", "Oryol": "launch_point"}),
    ("Targets struck overnight included: a depot 20 km west of Donetsk and a hub near Horlivka.",
     {"Donetsk": "other", "Horlivka": "strike_target"}),
    ("Targeted sites: two radar stations in Hodeidah, according to the US command in Tampa.",
     {"Hodeidah": "strike_target", "Tampa": "other"}),
    ("The list of airports damaged by the storm is: Kharkiv, Dnipro and Zaporizhzhia.",
     {"Kharkiv": "other", "Dnipro": "other"}),
    ("The affected areas, the UN said, are: Aleppo, Idlib and Hama.",
     {"Aleppo": "other", "Idlib": "other"}),
    ("Ukraine has received F-16 jets from Denmark and the Netherlands to strike Kursk.",
     {"Denmark": "other", "Netherlands": "other"}),
    ("Families who arrived from Mariupol said Russian drones had destroyed their homes.",
     {"Mariupol": "other"}),
    ("The attack was in Russia's interest, the analyst argued.", {"Russia": "other"}),
])
def test_review_cases_of_this_sessions_rules(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a passive with two adverbs reaches back over its list
    ("The villages of Cade, Dikan and Melha were also indiscriminately bombed by artillery.",
     {"Cade": "strike_target", "Dikan": "strike_target", "Melha": "strike_target"}),
    # forces that shoot down what flies are no forces based there (gold rule 6)...
    ("Air defense forces in eastern Ukraine shot down two guided missiles.",
     {"Ukraine": "other"}),
    # ...forces that destroy a bridge still are
    ("Russian troops in Crimea destroyed a bridge.", {"Crimea": "base"}),
])
def test_passives_with_two_adverbs_and_air_defence_forces(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a list's end "and other communities" before its passive
    ("Calls said Kapan, Goris, Jermuk and other communities have been under heavy shelling.",
     {"Kapan": "strike_target", "Goris": "strike_target", "Jermuk": "strike_target"}),
    # jets deployed from a place for the strike took off there
    ("Six F-16 fighter jets, deployed from Ubon Ratchathani, struck the targets.",
     {"Ubon Ratchathani": "launch_point"}),
    ("Jets deployed from Hmeimim are stationed there.", {"Hmeimim": "base"}),
    # what falls into a lake hits nothing there
    ("One drone landed harmlessly in nearby Lake Kivu, while another struck a complex.",
     {"Lake Kivu": "other"}),
    # "from artillery" names what fired, no place it fired from
    ("Units began to fire at the positions from artillery in the direction of Goris, Armenia.",
     {"Goris": "strike_target"}),
    # "X directions" of a border, the seat of a government, a future attack
    ("Armenian units committed sabotage in Dashkasan, Kalbajar and Lachin directions.",
     {"Dashkasan": "other", "Kalbajar": "other"}),
    ("M23 called it a terrorist act by the government in Kinshasa.", {"Kinshasa": "other"}),
    ("Rebels shelled the government in Damascus, officials said.", {"Damascus": "other"}),
    ("The mission was part of efforts to prevent future attacks on US interests.",
     {"US": "other"}),
    ("The operation was launched to prevent rocket attacks aimed at Israel from Gaza.",
     {"Israel": "strike_target"}),
    # forces that use a field are based there (gold rule 5)
    ("Goma International Airport is currently used by both the Air Force and MONUSCO.",
     {"Goma": "base"}),
    # ...and a place the forces use that was struck is a target
    ("Kramatorsk is used by the Ukrainian army as a logistics hub and was hit by missiles.",
     {"Kramatorsk": "strike_target"}),
    ("The Kharkiv airfield is used by the air force and has been repeatedly shelled.",
     {"Kharkiv": "strike_target"}),
])
def test_lists_deployments_lakes_weapons_directions_seats_and_users(mentions_of, text,
                                                                    expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a second read-only review of the session's rules: what they must leave alone
    ("Russia fired missiles and drones across Ukraine, from Lviv in the west to Kharkiv.",
     {"Lviv": "strike_target"}),
    ("The shells were fired from artillery positions near Belgorod.",
     {"Belgorod": "launch_point"}),
    ("Mortar rounds fired from rebel mortars in Jobar hit Damascus.", {"Jobar": "launch_point"}),
    ("Azerbaijan condemned the missile attack of Armenia on Ganja.",
     {"Armenia": "other", "Ganja": "strike_target"}),
    ("To deter future attacks, US jets struck Houthi radar sites in Hodeidah.",
     {"Hodeidah": "strike_target"}),
    ("The army was preparing to attack Houthi positions in Hodeidah.", {"Hodeidah": "other"}),
    ("Russian forces at Hmeimim shot down six drones launched by rebels.", {"Hmeimim": "base"}),
    ("Russian S-400 air defence systems are operating in Syria to protect the Hmeymim base.",
     {"Hmeymim": "base"}),
    ("Air defence was activated in Moscow during a drill.", {"Moscow": "other"}),
    ("Su-34 jets, deployed from Voronezh to Hmeimim last month, have struck targets in Idlib.",
     {"Voronezh": "base"}),
    ("The coalition used warplanes from Qatar to bomb IS targets in Raqqa.",
     {"Qatar": "launch_point"}),
    ("Ukraine has received F-16 jets from Denmark to strike Russian positions in Kursk.",
     {"Denmark": "other"}),
    ("Areas damaged in last night's attack include: Kharkiv, Sumy and Poltava.",
     {"Kharkiv": "strike_target", "Sumy": "strike_target"}),
    ("Areas affected by the bombardment: Aleppo, Idlib and Hama.",
     {"Aleppo": "strike_target", "Idlib": "strike_target"}),
    ("Sites hit overnight: a depot in Odesa; officials said Moscow was responsible.",
     {"Odesa": "strike_target", "Moscow": "other"}),
    ("After the missile test, two soldiers were injured in Kyiv in a road accident.",
     {"Kyiv": "base"}),
])
def test_second_review_cases_of_this_sessions_rules(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted place phrase after an attribution and a clock time governs the strike after it
    ("According to the head of the RSA, at 15:40 in Budy, two Iskanders hit the railway station.",
     {"Budy": "strike_target"}),
    ("According to the U.S. military, at 3 a.m. in Sumy, two missiles hit the station.",
     {"Sumy": "strike_target"}),
    # a country's leadership is the country acting
    ("The missile attack of Armenia against Ganja is a sign of the desperation of Armenia's "
     "political-military leadership.", {"Ganja": "strike_target"}),
    ("A cruel missile attack on civilians in Ganja is a sign of the desperation of Armenia's "
     "political-military leadership in the face of its defeat.",
     {"Ganja": "strike_target", "Armenia": "other"}),
])
def test_fronted_places_after_attributions_and_leaderships(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # examples of the object set off by dashes
    ("American forces bombed three Iranian nuclear facilities\u2014Fordow, Natanz, and "
     "Isfahan\u2014in a surprise strike.", {"Natanz": "strike_target", "Isfahan": "strike_target"}),
    # a headline's verb after an armed subject; a weapon that devastates
    ("Israeli military attacks Tyre in Lebanon following evacuation directives.",
     {"Tyre": "strike_target"}),
    ("In Holon, a missile devastated residential buildings.", {"Holon": "strike_target"}),
    ("The storm devastated Latakia.", {"Latakia": "other"}),
    # aircraft repositioned to a place are based there; a trip home is no origin of fire
    ("The US had repositioned B-2s to Guam, placing them within range of Iran.",
     {"Guam": "base"}),
    ("The missile was aimed at the airport where the prime minister's plane had just landed, "
     "bringing him home from New York.", {"New York": "other"}),
])
def test_dashed_examples_headline_verbs_repositioning_and_officials(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a reporter's place is no origin of the rockets in the clause
    ("Rockets hit the airport, Mahmoud Abdelwahed of Al Jazeera said, reporting from Tripoli.",
     {"Tripoli": "other"}),
    # a country's service members are the country's
    ("The attack injured four members of the US service.", {"US": "other"}),
])
def test_reporters_passives_after_after_and_service_members(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a third read-only review of the session's rules: what they must leave alone
    ("Wounded fighters were treated in Turkey after being injured in airstrikes near Aleppo.",
     {"Turkey": "other"}),
    ("Russian missiles struck the power plant, from which electricity flows to Kyiv.",
     {"Kyiv": "other"}),
    ("The strikes hit the convoy, from Homs to Hama, killing ten.",
     {"Homs": "other", "Hama": "other"}),
    ("Missile launches were reported from Belgorod.", {"Belgorod": "launch_point"}),
    ("Hezbollah fired back from southern Lebanon.", {"Lebanon": "launch_point"}),
    ("Washington condemned the military attacks Iran launched against Israel.",
     {"Iran": "other"}),
    ("The military coup devastated Sudan's economy.", {"Sudan": "other"}),
    ("Sumy regional officials said Russian drones struck the city overnight.",
     {"Sumy": "strike_target"}),
])
def test_third_review_cases_of_this_sessions_rules(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # what flies at a town and is brought down above it: the town was under attack
    ("Syrian air defenses intercepted Israeli missiles over Damascus on Tuesday.",
     {"Damascus": "strike_target"}),
    ("Pakistani drones were intercepted over Jammu, Samba and Pathankot.",
     {"Jammu": "strike_target", "Samba": "strike_target", "Pathankot": "strike_target"}),
    ("Several missiles were intercepted in the skies over Kiev shortly after 8:00 am.",
     {"Kiev": "strike_target"}),
    # ...not above a sea or a country on the way, nor what is no munition, nor a drill (a
    # region right after "over" counts as a province does: "over occupied Crimea" is struck in
    # the golds of sets 31 and 33, though set 26's gold keeps "shot down over the Negev" other)
    ("A missile fired from Saada was intercepted over the Red Sea.", {"Red Sea": "other"}),
    ("Two drones were downed over the Mediterranean and one over Iraq.",
     {"Mediterranean": "other", "Iraq": "other"}),
    ("Police intercepted a truck over Aleppo.", {"Aleppo": "other"}),
    ("Air defences intercepted mock drones over Belgorod during a drill.",
     {"Belgorod": "other"}),
])
def test_interceptions_above_towns(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # whose the aircraft or ships are, or their model, names no other origin
    ("Cruise missiles were fired from Russian planes located over the Black Sea.",
     {"Black Sea": "launch_point"}),
    ("Missiles were fired from Tu-95 bombers flying over the Caspian Sea.",
     {"Caspian Sea": "launch_point"}),
    ("Tomahawks were launched from US warships in the Red Sea.", {"Red Sea": "launch_point"}),
    # a supplier is no launch point, the name right after "from" or further on
    ("Ukraine received from the United States missiles for HIMARS.",
     {"United States": "other"}),
    ("Ukraine received from allies in Poland missiles that it fired at Belgorod.",
     {"Poland": "other"}),
    # a target for a place: who would strike it
    ("The fleet is an important target for Kyiv.", {"Kyiv": "other"}),
    ("Jets struck targets for the third day in Idlib.", {"Idlib": "strike_target"}),
    # a place in the subject of "suffered strikes", past its kind and an adverb
    ("The town in Bahawalpur district reportedly suffered four strikes.",
     {"Bahawalpur": "strike_target"}),
])
def test_platform_owners_suppliers_targets_for_and_suffered_strikes(mentions_of, text,
                                                                    expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a read-only review of this session's rules: what they must leave alone
    ("Iranian-supplied drones launched from Yemen struck Eilat.", {"Yemen": "launch_point"}),
    ("Newly delivered HIMARS fired from Kharkiv at Belgorod.", {"Kharkiv": "launch_point"}),
    ("The missiles, received from Iran, were fired from Lebanon.",
     {"Iran": "other", "Lebanon": "launch_point"}),
    ("Residents hid from the bombers over Gaza City.", {"Gaza City": "strike_target"}),
    ("Jordan intercepted Iranian drones flying over Amman toward Israel.", {"Amman": "other"}),
    ("Iranian missiles heading to Israel were intercepted over Amman.", {"Amman": "other"}),
    # (the transit test is the interceptions' alone: air defence at work in a town is an
    # attack on it, wherever the drones flew)
    ("Air defence was activated in Kyiv as Russian drones flew toward the capital.",
     {"Kyiv": "strike_target"}),
    # (provinces right after "over" were attacked, as the golds of sets 22, 31 and 33 read
    # them, and so were those "in" them, as the golds of sets 42 and 46 read them)
    ("Drones were intercepted over the Kharkiv and Sumy oblasts.",
     {"Kharkiv": "strike_target", "Sumy": "strike_target"}),
    ("Drones were intercepted in the Kharkiv and Sumy oblasts.",
     {"Kharkiv": "strike_target", "Sumy": "strike_target"}),
])
def test_fourth_review_cases_of_this_sessions_rules(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


def test_a_name_after_at_is_no_launch_point(mentions_of):
    # "fired from Russian bombers at Kyiv": where the fire went, not where it came from (the
    # strike itself is not read here yet: Kyiv is "other", see the session note)
    roles = {m.surface: m.role for m in mentions_of(
        "Ukraine shot down missiles fired from Russian bombers at Kyiv.")}
    assert roles["Kyiv"] != "launch_point"


@pytest.mark.parametrize(("text", "expected"), [
    # a headline's present tense with the name right after "attack": the text searched ends
    # before the name, which the capital letter after "attack" had been looked for in
    ("Russian drones attack Odesa at night. Ports and an elevator damaged.",
     {"Odesa": "strike_target"}),
    ("Terrorists Used 13 Drones to Attack Hmeymim, Tartus Facilities",
     {"Hmeymim": "strike_target"}),
    ("Saturday's attack was the last to attack the Mitiga airport in Tripoli.",
     {"Mitiga": "strike_target"}),
    # a call to attack is no attack
    ("The group's leader encouraged jihadists in the Caucasus to attack Russia.",
     {"Caucasus": "other", "Russia": "other"}),
    # (not "encouraged by": "Encouraged by the gains, jets bombed Idlib")
    ("Encouraged by the gains, Russian jets bombed Idlib.", {"Idlib": "strike_target"}),
    # "attack on" keeps its own cue
    ("Russia launched an attack on Kharkiv.", {"Kharkiv": "strike_target"}),
    # the noun before the subject of a clause of its own
    ("The attack Iran launched on Israel failed.", {"Iran": "other"}),
    ("Russia said its attack Kyiv had feared never came.", {"Kyiv": "other"}),
])
def test_attack_right_before_the_name(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a promise or a pledge is a plan (tests/gold/README.md: plans are other)
    ("The president promised to step up the air strikes in Yemen.", {"Yemen": "other"}),
    ("Britain pledged to keep bombing targets in Iraq.", {"Iraq": "other"}),
    ("Jets bombed Idlib, as the minister had promised.", {"Idlib": "strike_target"}),
    # a relative clause that borders a country places the struck area; the country is not hit
    ("Jets struck the Ghab plain, which borders Turkey.",
     {"Ghab plain": "strike_target", "Turkey": "other"}),
    # "in response to" starts a clause of its own: the cue before it reaches no name after it
    ("Rebels shelled ships in the Gulf in response to Western support for Ukraine.",
     {"Ukraine": "other"}),
    ("The strike was ordered in response to attacks against troops in Jordan.",
     {"Jordan": "strike_target"}),
    # ...and a weak cue there still reads as an attack in a military sentence
    ("Militants fired rockets in retaliation for the destruction of a tower in Gaza.",
     {"Gaza": "strike_target"}),
    # where the strikes came from
    ("The strikes came from the direction of the Mediterranean west of Latakia.",
     {"Mediterranean": "launch_point", "Latakia": "other"}),
    ('The strikes came "from the direction of the Golan", the army said.',
     {"Golan": "launch_point"}),
    # (strikes that came from a place are no convoy coming from it)
    ("The strikes came from the direction of Tartus.", {"Tartus": "launch_point"}),
    ("The attacks came from Iran, officials said.", {"Iran": "launch_point"}),
    ("A convoy came from Tartus.", {"Tartus": "other"}),
    # a ground advance from a town is a base (rule 5), with the town's kind between
    ("The army advanced from the town of Sadad towards the hills.", {"Sadad": "base"}),
    # forces that begin an offensive there attack it (rule 4), they are not stationed there
    ("Troops had begun a ground operation on Monday in the province of Hama.",
     {"Hama": "strike_target"}),
    ("Troops launched an assault yesterday in the town of Kobani.",
     {"Kobani": "strike_target"}),
    # (aid work is no offensive: the forces are there)
    ("UN troops began a humanitarian operation on Monday in Goma.", {"Goma": "base"}),
])
def test_promises_borders_responses_directions_advances_and_offensives(mentions_of, text,
                                                                       expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "destroyed" and "damaged" as the far passive of a subject the name is in
    ("A bakery in Kafr Nabl town in Idlib was destroyed by Russian jets.",
     {"Kafr Nabl": "strike_target", "Idlib": "strike_target"}),
    ("A school in Binnish, the main town of the area, was damaged overnight.",
     {"Binnish": "strike_target"}),
    # (a clause of its own between: the name is not in the subject)
    ("Officials in Latakia said a depot was destroyed.", {"Latakia": "other"}),
    # an apposition's passive participle with its agent
    ("The hospital in northern Gaza, previously raided by Israeli troops, is closed.",
     {"Gaza": "strike_target"}),
    ("The airport in Tripoli, recently shelled by militias, reopened.",
     {"Tripoli": "strike_target"}),
])
def test_far_passives_of_destruction_and_participles_with_agents(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "as well as" joins a list as "and" does; "the capital, Kyiv" restates the object
    ("Missiles struck Kharkiv, as well as Kyiv.",
     {"Kharkiv": "strike_target", "Kyiv": "strike_target"}),
    ("Missiles struck the Ukrainian capital, Kyiv, overnight.", {"Kyiv": "strike_target"}),
    ("Drones hit Lviv and the capital, Kyiv.", {"Lviv": "strike_target", "Kyiv": "strike_target"}),
    # a range's end is struck as its start is
    ("Drones targeted regions across the country, from Kharkiv and Dnipro to the port city of "
     "Odesa, as well as the capital, Kyiv.",
     {"Dnipro": "strike_target", "Odesa": "strike_target", "Kyiv": "strike_target"}),
    # (guard: a route is no range of struck places)
    ("Jets bombed Idlib as a convoy drove from Aleppo to Homs.",
     {"Idlib": "strike_target", "Aleppo": "other", "Homs": "other"}),
    # harm done in a place, and the strike that caused it after it
    ("A truck was burning in the village of Prystin as a result of the shelling.",
     {"Prystin": "strike_target"}),
    ("A house caught fire in Kherson after Russian shelling.", {"Kherson": "strike_target"}),
    # (guard: the strike named its own place)
    ("Two people died in Kherson after the shelling of Kharkiv.",
     {"Kherson": "other", "Kharkiv": "strike_target"}),
    # what is left of a munition comes down where it was aimed
    ("Drone fragments damaged a power substation in Sevastopol.",
     {"Sevastopol": "strike_target"}),
    ("A Ukrainian drone fell on the grounds of the Novoshakhtinsk refinery in Russia.",
     {"Novoshakhtinsk": "strike_target"}),
    # (guard: an aircraft lost)
    ("A U.S. Reaper drone crashed in Yemen.", {"Yemen": "other"}),
    # one of the targets
    ("A military airfield in Starokostiantyniv, Ukraine, was among several targets.",
     {"Starokostiantyniv": "strike_target"}),
    # "other sites in" continues a list of struck places
    ("Officials said Kyiv forces launched a massive air attack last night with more than 100 "
     "suicide drones on vital sites in Crimea and other sites in Russia.",
     {"Crimea": "strike_target", "Russia": "strike_target"}),
])
def test_lists_ranges_harm_and_debris(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the sea the ships fired from, not their owner
    ("The missile attacks came from Russia's fleet in the Caspian Sea.",
     {"Russia": "other", "Caspian Sea": "launch_point"}),
    ("Russia Strikes ISIS Targets in Syria From Sub in Mediterranean",
     {"Mediterranean": "launch_point", "Syria": "strike_target"}),
    ("The strikes originated from the direction of Beirut.", {"Beirut": "launch_point"}),
    # help from a country is no origin
    ("The attacks required cooperation from Iran and Iraq, as the missiles crossed their "
     "airspace.", {"Iran": "other", "Iraq": "other"}),
    # a date in a relative clause on the base dates that clause, not the launch
    ("RAF jets are launched from the Akrotiri airbase, which Britain kept when it granted "
     "Cyprus independence in 1960.", {"Akrotiri": "launch_point"}),
    # (guard: history)
    ("Soviet jets bombed Afghanistan in 1985.", {"Afghanistan": "other"}),
    # an attack on a ship in a sea is no launch from it
    ("Moscow fired cruise missiles from aircraft over the Caspian Sea to retaliate for a drone "
     "attack on a tanker in the Black Sea.",
     {"Caspian Sea": "launch_point", "Black Sea": "strike_target"}),
])
def test_origins_owners_and_help(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a sea's flotilla or fleet fires from that sea (tests/gold/README.md, rule 7)
    ("The Caspian Flotilla has been involved in the operation.", {"Caspian": "launch_point"}),
    ("Four warships of the Caspian fleet were involved.", {"Caspian": "launch_point"}),
    # the name inside an aside between dashes belongs to the sentence around it...
    ("British warplanes \u2013 flying from Cyprus \u2013 have conducted air strikes in "
     "Hodeidah.", {"Cyprus": "launch_point", "Hodeidah": "strike_target"}),
    # (guards: ...not where a place lies, nor a list in apposition)
    ("Saraqeb - located on a highway linking Damascus and the northern province of Aleppo - "
     "was retaken.", {"Saraqeb": "strike_target", "Aleppo": "other"}),
    ("Centcom gave no details of the strikes, and officials in the countries that joined the "
     "operation -- Bahrain, Jordan and Qatar -- have been reluctant to talk.",
     {"Bahrain": "other", "Jordan": "other", "Qatar": "other"}),
    # the country that holds the launch point
    ("Its bombers took off from Iran\u2019s Hamadan air base to bomb the Islamic State.",
     {"Iran": "launch_point", "Hamadan": "launch_point"}),
    # a headline's source after a colon; an official of a country; a partner
    ("Russia carries out airstrike near Homs in Syria: US",
     {"Homs": "strike_target", "Syria": "strike_target", "US": "other"}),
    ("Russia carried out its first airstrike near Homs, a US defense official said.",
     {"Homs": "strike_target", "US": "other"}),
    ("The RAF conducted strikes against Houthi targets in Yemen alongside the US.",
     {"Yemen": "strike_target", "US": "other"}),
    # a nation's destruction of a place (guard: destruction with no one doing it)
    ("Massive Russian destruction in Aleppo", {"Aleppo": "strike_target"}),
    ("Massive destruction in Aleppo", {"Aleppo": "other"}),
    # strikes meant or allowed, not yet made
    ("They gave us a heads-up they were going to start striking in Syria.", {"Syria": "other"}),
    ("Putin won unanimous support from parliament to carry out strikes in Syria.",
     {"Syria": "other"}),
    # "comes as" opens a clause of its own
    ("Government offensive in Aleppo comes as Russia announces an operation against targets "
     "in Syria.", {"Aleppo": "strike_target", "Russia": "other", "Syria": "strike_target"}),
    # deaths there after a country's strikes
    ("Over 3,200 people have died in Lebanon after Israel\u2019s air strikes.",
     {"Lebanon": "strike_target", "Israel": "other"}),
    # where a group is banned
    ("Ships took part in the operation against the terrorist group Islamic State, outlawed in "
     "Russia.", {"Russia": "other"}),
])
def test_fleets_asides_sources_and_partners(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # "the nearby" continues a list; a port is contained in its country as a town is
    ("The strikes targeted sites used by the Houthi regime for military purposes at the port "
     "city of Hodeidah and the nearby Ras Isa port in western Yemen, the IDF said.",
     {"Hodeidah": "strike_target", "Ras Isa": "strike_target", "Yemen": "strike_target"}),
    # the owner of a fleet, the country of troops and of a command
    ("A Ukrainian missile strike has hit the headquarters of Russia's Black Sea fleet in "
     "Crimea.", {"Russia": "other", "Crimea": "strike_target"}),
    ("The gunship was firing on Taliban positions to defend U.S. special operations troops.",
     {"U.S.": "other"}),
    ("American forces conducted an air strike against al-Shabab militants, the U.S. Africa "
     "Command stated.", {"U.S.": "other"}),
    # a reference point that someone holds
    ("Turkish drones targeted suspected LNA fuel trucks several kilometres north of the "
     "LNA-controlled Jufra airbase.", {"Jufra": "other"}),
])
def test_neighbours_owners_and_held_reference_points(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # damage done by arms (guard: by weather)
    ("Officials said Kalibr cruise missiles fired from a Russian ship in the Black Sea damaged "
     "a medical clinic and residential buildings in Vinnytsia.",
     {"Black Sea": "launch_point", "Vinnytsia": "strike_target"}),
    ("A storm damaged buildings in Vinnytsia.", {"Vinnytsia": "other"}),
    # operations "only" in a place
    ("The Russian operation conducted military operations only in the provinces of Latakia "
     "and Deir Ezzor.", {"Latakia": "strike_target", "Deir Ezzor": "strike_target"}),
])
def test_damage_by_arms_and_operations_only_there(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a country used as a base, a base in a part of it
    ("Russia uses Iran as base for Syria air strikes", {"Iran": "base", "Syria": "strike_target"}),
    ("Russia used a base in western Iran to carry out air strikes.", {"Iran": "base"}),
    # (guard: a town's part, not a base's place)
    ("Jets struck the T4 Airport in east Homs.", {"Homs": "strike_target"}),
    # missiles that crashed are no airliner
    ("Russian cruise missiles fired from vessels in the Caspian Sea crashed in Iran.",
     {"Caspian Sea": "launch_point", "Iran": "other"}),
    # whose ships were attacked
    ("The airstrikes answered recent attacks on US- and UK-registered ships in the region.",
     {"US": "other"}),
])
def test_countries_as_bases_crashed_missiles_and_flags(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # aircraft that flew out of a base took off there, and so from its country
    ("Its warplanes had flown out of Iran's Hamedan base to conduct strikes against targets in "
     "Syria.", {"Iran": "launch_point", "Hamedan": "launch_point", "Syria": "strike_target"}),
    # the country that holds a base
    ("He added that Iran's Shahid Nojeh air base in Hamedan is only used for refueling.",
     {"Iran": "base", "Hamedan": "base"}),
    # (guard: a base another country holds)
    ("Russia's Hmeymim air base in Syria is protected.", {"Russia": "other", "Syria": "base"}),
    # a country's base that another country uses
    ("Air Strikes: Russia uses Iran Base", {"Russia": "other", "Iran": "base"}),
    # (guard: the country's own bases)
    ("The US bases in Qatar are on alert.", {"US": "other"}),
    # a list of targets without a colon
    ("Local reports said targets included a military base adjacent to Sana'a airport, a Houthi "
     "sea base in Hodeidah, and military sites in Hajjah province.",
     {"Sana'a": "strike_target", "Hodeidah": "strike_target", "Hajjah": "strike_target"}),
    # (guard: another clause after the list's head; a name with no cue of its own, which the
    # list would otherwise take)
    ("The targets included depots near Idlib, while the convoy stopped at Hama.",
     {"Idlib": "strike_target", "Hama": "other"}),
    # aggression against a country
    ("The regime fired missiles at several military sites near the city of Masyaf in Hama "
     "Province late on Sunday night in the latest act of aggression against Syria.",
     {"Syria": "strike_target"}),
    # both ends of a damaged road are reference points
    ("SANA reported material damage to a highway between Masyaf and the town of Wadi al-Uyun.",
     {"Masyaf": "other", "Wadi al-Uyun": "other"}),
    # what crosses a line does not strike it
    ("Tuesday's air strikes are the first launched across the Line of Control in Kashmir.",
     {"Line of Control": "other", "Kashmir": "strike_target"}),
    ("Pakistan claimed the strikes took place across the Line of Control.",
     {"Line of Control": "other"}),
    # so is where a road leads
    ("A vehicle had also been hit on the road towards central Damascus.", {"Damascus": "other"}),
    ("Jets struck a convoy on the road toward Raqqa.", {"Raqqa": "other"}),
    # (guard: a city's centre)
    ("Jets struck central Damascus.", {"Damascus": "strike_target"}),
])
def test_bases_flown_out_of_held_and_used_targets_included_and_aggression(mentions_of, text,
                                                                          expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the examples of a struck area share its role, past a base's kind
    ("It launched drones on several Israeli sites in northern Israel, such as Avivim, "
     "al-Malikiyah military base, Zar'it and Shlomi.",
     {"Avivim": "strike_target", "al-Malikiyah": "strike_target", "Zar'it": "strike_target",
      "Shlomi": "strike_target"}),
    # (guard: the examples of an actor)
    ("Russia and its allies, including Iran, denied it.", {"Iran": "other"}),
    # where bombs fell
    ("Afghan security forces prevented access to the bomb sites in Essa Khil and Uzbek Bazaar.",
     {"Essa Khil": "strike_target", "Uzbek Bazaar": "strike_target"}),
    # a bearing from a province named with its kind is a reference point
    ("US airstrikes also hit a cotton ginning factory in Zabid District, south of the western "
     "province of Hodeidah.", {"Zabid District": "strike_target", "Hodeidah": "other"}),
])
def test_examples_of_struck_areas_and_bomb_sites(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # every item of the agent's list after "by"
    ("Sir Keir Starmer did not receive a briefing ahead of the latest set of strikes against "
     "the Houthis by the US and UK.", {"US": "other", "UK": "other"}),
    ("Strikes were carried out by the US, France and Britain on Sanaa.",
     {"France": "other", "Britain": "other", "Sanaa": "strike_target"}),
    # (guard: a list after a place's preposition is struck)
    ("Jets struck targets in Raqqa and Idlib.", {"Raqqa": "strike_target",
                                                "Idlib": "strike_target"}),
    # a country in a locative phrase is no subject
    ("Ukrainian drone attacks on oil refineries inside Russia have led to a slump in the "
     "country's gasoline production.", {"Russia": "strike_target"}),
    # (guard: the country as the subject)
    ("Russia has led the campaign.", {"Russia": "other"}),
    # an operation not confirmed is still reported
    ("However, the Israeli military has not confirmed or commented on its operation in Syria.",
     {"Syria": "strike_target"}),
    # (guard: an operation that did not happen)
    ("The Israeli military has not carried out an operation in Syria.", {"Syria": "other"}),
    # forces that damaged something there
    ("Kyiv's forces damaged an oil refinery in the Ryazan region as part of a special "
     "intelligence operation.", {"Ryazan": "strike_target"}),
    # (guard: forces stationed there)
    ("Syrian troops in Hama destroyed a tunnel.", {"Hama": "base"}),
    # a tally of interceptions after "of which"
    ("Air defense forces destroyed and intercepted 6 Ukrainian drones, three of which were over "
     "the Voronezh region, one over the Ryazan region and one over the Kursk region, the "
     "ministry said.",
     {"Voronezh": "strike_target", "Ryazan": "strike_target", "Kursk": "strike_target"}),
    # a time zone after a clock time
    ("Airstrikes happened at around 9.15pm UK time, it is understood.", {"UK": "other"}),
    # (guard: a place after a clock time, without "time")
    ("Airstrikes hit at around 9.15pm Sanaa and Hodeidah.", {"Sanaa": "strike_target"}),
])
def test_agent_lists_locatives_unconfirmed_operations_forces_tallies_and_time_zones(
        mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # an armed group's capture told as background
    ("After ISIS captured Mosul in June 2014, they attacked Sinjar.",
     {"Mosul": "other", "Sinjar": "strike_target"}),
    ("In the preceding months, the Houthis had taken control of the capital, Sanaa, and swept "
     "south.", {"Sanaa": "other"}),
    ("A coalition of Islamist rebels took Idlib city earlier this year.", {"Idlib": "other"}),
    # (guards: a capture on a day of this week's news; government forces; a group that is the
    # object of another verb)
    ("IS fighters seized the town of Mahin, east of Qaryatain, on Sunday.",
     {"Mahin": "strike_target"}),
    ("Government forces recaptured Palmyra in March.", {"Palmyra": "strike_target"}),
    ("The operation was launched last year to clear Daesh from the border, starting with the "
     "capture of Jarablus.", {"Jarablus": "strike_target"}),
])
def test_a_groups_past_capture_is_background(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a country named by who governs it
    ("Forces conducted a strike on a tunnel complex in Achin district, the office of the "
     "President of Afghanistan tweeted Thursday.", {"Afghanistan": "other"}),
    ("Jets carried out 12 strikes in support of the Government of Iraq.", {"Iraq": "other"}),
    # (guard: a part of the country that was struck)
    ("Jets struck the capital of Syria.", {"Syria": "strike_target"}),
    # a country's outlet with a hyphenated name
    ("Airstrikes began on Sana'a, Saudi Arabia's state-run Al-Ekhbariya TV channel said.",
     {"Sana'a": "strike_target", "Saudi Arabia": "other"}),
])
def test_a_country_named_by_who_governs_it(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a base in a phrase of its own, past the strikes' place
    ("Russia has carried out its air campaign in Syria since Sept. 30, using warplanes at an air "
     "base in Syria's coastal province of Latakia.", {"Latakia": "base"}),
    # (guard: a strike that reaches the base)
    ("Jets struck targets near the air base in Syria's coastal province of Latakia.",
     {"Latakia": "strike_target"}),
    # forces whose attacks were there
    ("Syrian government forces have stepped up attacks in eastern Aleppo, including more barrel "
     "bomb drops.", {"Aleppo": "strike_target"}),
    # a person based somewhere
    ("He was based in Qamishli and had been a vocal supporter of the revolt.",
     {"Qamishli": "other"}),
    # (guard: aircraft based there)
    ("Russian jets based in Latakia struck Idlib.", {"Latakia": "base"}),
    # air campaigns, plural
    ("Russia and the United States faced off at the United Nations over parallel air campaigns "
     "in Syria.", {"Syria": "strike_target"}),
    # the enemy is a military word
    ("\"The enemy attacked the energy infrastructure of our region and the whole of Ukraine.\"",
     {"Ukraine": "strike_target"}),
    # (guard: an attack without one)
    ("The minister attacked Western policy on Syria.", {"Syria": "other"}),
])
def test_bases_past_a_using_phrase_forces_attacks_people_based_campaigns_and_the_enemy(
        mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # another name of the place, in brackets after it
    ("Near Dayr Az Zawr [Deir Ezzor], two strikes engaged two ISIS tactical units.",
     {"Dayr Az Zawr": "strike_target", "Deir Ezzor": "strike_target"}),
    # (guard: a city in brackets is neither the place's other name nor an area that holds it)
    ("Near Palmyra [Homs], two strikes engaged IS units.", {"Palmyra": "strike_target",
                                                           "Homs": "other"}),
    # a list of regions of a country, struck as the country is
    ("Along with the Terter and Aghdam regions of Azerbaijan, the Goranboy region was subjected "
     "to artillery fire.", {"Terter": "strike_target", "Aghdam": "strike_target"}),
    # armed forces that carried out attacks in a place
    ("Overnight, the IDF carried out an attack in the Shejaiya neighborhood of Gaza.",
     {"Shejaiya": "strike_target"}),
    ("Israeli jets have carried out a wave of attacks in southern Lebanon.",
     {"Lebanon": "strike_target"}),
    # (guard: attacks by others)
    ("Gunmen carried out an attack in Kabul on Monday.", {"Kabul": "other"}),
])
def test_glosses_regions_of_a_country_and_forces_attacks_in_a_place(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a country before "cruise missile strikes"
    ("Russia gave warning of Syria cruise missile strikes, US says.",
     {"Syria": "strike_target", "US": "other"}),
    # a headline's verb before a compass word
    ("Israeli jets bomb eastern Lebanon for the first time since Gaza war began",
     {"Lebanon": "strike_target"}),
    # a carrier strike group is a unit, not a strike
    ("The Truman carrier strike group will extend its deployment in the Red Sea.",
     {"Red Sea": "base"}),
    # (guard: a strike is one)
    ("A strike group of jets hit Homs; another strike hit Hama.", {"Hama": "strike_target"}),
    # a headline's speaker in the present
    ("Israeli Jets Attack Near Damascus, Syria Confirms", {"Damascus": "strike_target",
                                                          "Syria": "other"}),
    # gunmen that an operation is against are its target (guard: gunmen who attack)
    ("Russia's Aerospace Forces launched the operation against the Islamic State gunmen in Syria "
     "on Wednesday.", {"Syria": "strike_target"}),
    ("Islamic State gunmen attacked a hotel in Sousse.", {"Sousse": "other"}),
    # so is a meeting the strike fell on, or one of the militants it killed (guard: leaders
    # meeting elsewhere)
    ("A US drone strike on a meeting of Taliban commanders in Khost, Afghanistan, killed six.",
     {"Khost": "strike_target"}),
    ("Airstrikes have destroyed scores of terrorists gathered for a meeting in Lake Chad.",
     {"Lake Chad": "strike_target"}),
    ("Jets struck Idlib as leaders met for a meeting in Sochi, Russia.", {"Sochi": "other"}),
])
def test_cruise_missile_strikes_strike_groups_headline_speakers_and_gunmen_targeted(
        mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a relative clause about both names, after a dash
    ("The Observatory listed rebel-held towns, including Khan Sheikhoun and Latamina \u2013 both "
     "of which have been hit in Russian airstrikes.",
     {"Khan Sheikhoun": "strike_target", "Latamina": "strike_target"}),
    ("The monitor named Khan Sheikhoun and Latamina - both of which have been hit in Russian "
     "airstrikes.", {"Khan Sheikhoun": "strike_target", "Latamina": "strike_target"}),
    # a distance from a place
    ("Jets struck a Hezbollah stronghold in the Bekaa Valley about 100km from the Israel-Lebanon "
     "border.", {"Bekaa Valley": "strike_target", "Israel": "other"}),
    ("Jets struck a village 20 miles from Aleppo.", {"Aleppo": "other"}),
    # (guard: a launch from a place)
    ("The drones were launched from Sumy, 30 km from the border.", {"Sumy": "launch_point"}),
    # a reported clause's subject, past its apposition, among the areas struck
    ("Reports from Houthi media indicate that Sanaa, the Yemeni capital, was among the areas "
     "targeted.", {"Sanaa": "strike_target"}),
    ("Officials denied that Ganja's military airport had been hit.", {"Ganja": "strike_target"}),
    # the sea a ship the strikes came from was stationed in
    ("Russia warned that its military would launch strikes on Syria from a submarine stationed in "
     "the Mediterranean, the United States said.",
     {"Mediterranean": "launch_point", "United States": "other"}),
    ("Shoigu said jets from the Admiral Kuznetsov aircraft carrier deployed in the eastern "
     "Mediterranean had launched their first strikes on Syria.",
     {"eastern Mediterranean": "launch_point"}),
    # (guard: a ship stationed there, with no strike from it)
    ("Sailors from the frigate stationed in the Mediterranean were decorated.",
     {"Mediterranean": "base"}),
    # who said so, past a base's place (guard: the based forces' own verb)
    ("Jets were deployed in Latakia, the United States said.", {"Latakia": "base",
                                                               "United States": "other"}),
    ("The Houthi rebels based in Yemen claimed responsibility for the attack.", {"Yemen": "base"}),
])
def test_relatives_of_both_names_distances_reported_passives_ships_and_speakers(
        mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a tally's next counts after "as well as"
    ("A total of 34 drones were downed over the Bryansk region, as well as 28 over the Voronezh "
     "region and 14 over the Belgorod region, according to the ministry.",
     {"Bryansk": "strike_target", "Voronezh": "strike_target", "Belgorod": "strike_target"}),
    # places burning after attacks
    ("Industrial plants in Russia's Kaluga and Tula regions are burning after Ukrainian drone "
     "attacks, officials said.", {"Kaluga": "strike_target", "Tula": "strike_target"}),
    # (guards: burning after something else; an event after the strikes)
    ("Fields near Kherson are burning after the heatwave.", {"Kherson": "other"}),
    ("Putin arrived in Moscow after the strikes.", {"Moscow": "other"}),
])
def test_tallies_as_well_as_and_places_burning_after_attacks(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a munition's course: where it headed, reached or flew into, also as a verb joined to it
    ("After 3:30 a.m., missiles from Tu-95MS entered Ukrainian airspace in several waves and "
     "headed towards Kyiv and the central part of the country.", {"Kyiv": "strike_target"}),
    ("Later, the Air Force said the missiles reached the Lviv region, some of them flew into "
     "Transcarpathia and were headed for Mukachevo.",
     {"Lviv": "strike_target", "Transcarpathia": "strike_target", "Mukachevo": "strike_target"}),
    ('The "Shaheds" that reached Odesa overnight set a warehouse on fire.',
     {"Odesa": "strike_target"}),
    # (guards: people and talks reach places; a heading without a munition is a destination)
    ("The delegation reached Geneva on Sunday for talks.", {"Geneva": "other"}),
    ("Refugees flew into Istanbul on chartered planes.", {"Istanbul": "other"}),
    ("Rebels heading for Idlib were hit by shells.", {"Idlib": "other"}),
    # damage told as recorded or reported in places
    ("According to him, destruction of facilities was recorded in the Dnipropetrovsk, Donetsk "
     "and Kirovohrad regions.", {"Dnipropetrovsk": "strike_target", "Donetsk": "strike_target",
                                 "Kirovohrad": "strike_target"}),
    ("Damage to energy infrastructure was reported in the Odesa region.",
     {"Odesa": "strike_target"}),
    ("Heavy damage was recorded in the Kherson region overnight.",
     {"Kherson": "strike_target"}),
    # (guard: what a storm did)
    ("Storm damage was reported in Florida on Monday.", {"Florida": "other"}),
])
def test_munitions_reaching_places_and_damage_recorded_there(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # a war named after its country
    ("Health workers have been routinely targeted in Sudan's nearly 30-month war.",
     {"Sudan": "other"}),
    ("Howitzers hit depots of the YPG amid warnings that a new chapter in Syria's war could "
     "worsen regional turmoil.", {"Syria": "other"}),
    # (guard: a place described as torn by war)
    ("Jets bombed Syria's war-torn north.", {"Syria": "strike_target"}),
    # a distance from a reference point, and where that point lies, behind an aside
    ("Two died in a strike on Deir Billa, some 15 kilometres (nine miles) from the town of "
     "Batroun on Lebanon's north coast.", {"Batroun": "other", "Lebanon": "other"}),
    ("Jets struck a village 20 km from Homs in central Syria.",
     {"Homs": "other", "Syria": "other"}),
])
def test_war_names_and_places_that_locate_a_reference_point(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # the sites hit, then a list of them with where each lies in brackets
    ("The four airbases hit were Olenya (Murmansk, northwest Russia), Dyagilevo (Ryazan), and "
     "Ivanovo (Ivanovo region).",
     {"Olenya": "strike_target", "Murmansk": "strike_target", "Russia": "strike_target",
      "Dyagilevo": "strike_target", "Ryazan": "strike_target", "Ivanovo": "strike_target"}),
    # a base's town in brackets is where the base is
    ("The bombers flew from Hmeimim (Latakia, Syria) on Tuesday.",
     {"Hmeimim": "launch_point", "Latakia": "launch_point"}),
])
def test_sites_hit_listed_with_where_they_lie(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # smoke rising over a place, in a caption or a witness's words
    ("Smoke rises over buildings in Daraa (Photo: Nabaa Media via AP)", {"Daraa": "strike_target"}),
    ("Black smoke billowed over Gaza City on Sunday.", {"Gaza City": "strike_target"}),
    # (guard: smoke from a fire of another kind)
    ("Smoke from wildfires rose over Athens.", {"Athens": "other"}),
    # the place a pronoun stands for was struck
    ("The footage is from the village of Kafr Nabl in Idlib Province after it was bombed this "
     "morning.", {"Kafr Nabl": "strike_target", "Idlib": "strike_target"}),
    ("The video is from Kafr Nabl in Idlib after it was bombed.", {"Kafr Nabl": "strike_target"}),
    # an operation or incursion into a place
    ("A Turkish security source said the military operation into Syria had begun with air "
     "strikes.", {"Syria": "strike_target"}),
    ("Erdogan said that the intervention into Afrin was already underway.",
     {"Afrin": "strike_target"}),
    # (guard: aid work)
    ("The humanitarian operation into Idlib resumed.", {"Idlib": "other"}),
])
def test_smoke_pronouns_struck_and_operations_into_places(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


@pytest.mark.parametrize(("text", "expected"), [
    # where people fled to
    ("Syrian military launches assault on Daraa, forcing at least 45,000 to flee towards Jordan",
     {"Daraa": "strike_target", "Jordan": "other"}),
    ("Residents fled to Turkey after the strikes.", {"Turkey": "other"}),
    # (guard: the place fled from after shelling)
    ("Civilians fled Saraqib days earlier after heavy shelling.", {"Saraqib": "strike_target"}),
    # armour and artillery deployed to a province
    ("In recent days, Turkey's military deployed armor and artillery to the Turkish province of "
     "Hatay on the Syrian border.", {"Hatay": "base"}),
    # (guard: what is sent is no force)
    ("Residents sent their children to the town of Kilis.", {"Kilis": "other"}),
])
def test_places_fled_to_and_forces_deployed_to_a_province(mentions_of, text, expected):
    _assert_roles(mentions_of(text), expected)


def test_roles_read_across_hard_wrapped_lines(mentions_of):
    text = ("The ministry said it fired missiles from ships in\nthe Caspian Sea and hit 27 "
            "targets\nin the provinces of Homs, Hama and Raqqa.")
    _assert_roles(mentions_of(text), {"Caspian Sea": "launch_point", "Homs": "strike_target",
                                      "Raqqa": "strike_target"})


# --- gates: the substring tests that spare running a pattern ---------------------------------
# A gate may let through a text its pattern does not match, never refuse one it does. Read off
# the pattern's parse, every match of each alternative must hold a word of its gate.

def _literal_strings(item):
    """The few strings a parsed regex item can match, lower-cased, when it is all literal
    (words, their alternatives and optional endings); else None."""
    from re import _constants as c  # (the parser of re: in tests only)

    op, av = item
    if op is c.LITERAL:
        return {chr(av).lower()}
    if op is c.IN and all(o is c.LITERAL for o, _ in av):
        return {chr(a).lower() for _, a in av}  # a class of a few characters: "[-\u2013]"
    if op is c.SUBPATTERN:
        return _literal_sequence(av[3])
    if op is c.BRANCH:
        alternatives = [_literal_sequence(b) for b in av[1]]
        return None if None in alternatives else set().union(*alternatives)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[1] <= 2:
        body = _literal_sequence(av[2])
        if body is None:
            return None
        strings, repeated = set(), {""}
        for count in range(av[1] + 1):
            if count >= av[0]:
                strings |= repeated
            repeated = {s + b for s in repeated for b in body}
        return strings
    return None


def _literal_sequence(seq):
    strings = {""}
    for item in seq:
        if _zero_width(item):
            continue
        part = _literal_strings(item)
        if part is None or len(strings) * len(part) > 2000:
            return None
        strings = {s + p for s in strings for p in part}
    return strings


def _zero_width(item):
    from re import _constants as c

    return item[0] in (c.AT, c.ASSERT, c.ASSERT_NOT)


def _holds_gate_word(seq, gate) -> bool:
    """Does every match of a parsed sequence hold a word of ``gate`` (in lower case)?"""
    from re import _constants as c

    strings = {""}  # what the run of literal items so far can match
    for item in [*seq, None]:
        if item is not None and _zero_width(item):
            continue
        part = _literal_strings(item) if item is not None else None
        if part is not None and len(strings) * len(part) <= 2000:
            strings = {s + p for s in strings for p in part}
            continue
        if strings != {""} and all(any(w in s for w in gate) for s in strings):
            return True
        strings = {""}
        if item is None:
            return False
        op, av = item
        if op is c.SUBPATTERN and _holds_gate_word(av[3], gate) \
                or op is c.BRANCH and all(_holds_gate_word(b, gate) for b in av[1]) \
                or op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1 \
                and _holds_gate_word(av[2], gate):
            return True
    return False


def _alternatives(pattern):
    """The top-level alternatives of a compiled pattern, parsed."""
    from re import _constants as c, _parser

    seq = list(_parser.parse(pattern.pattern, pattern.flags))
    while True:
        seq = [item for item in seq if not _zero_width(item)]
        if len(seq) == 1 and seq[0][0] is c.SUBPATTERN:
            seq = list(seq[0][1][3])
        elif len(seq) == 1 and seq[0][0] is c.BRANCH:
            return seq[0][1][1]
        else:
            return [seq]


def _roles_name(name):
    """A private pattern or constant of the roles package, from the module that defines it."""
    import importlib

    for module in ("cues", "clause", "stated", "struck", "__init__"):
        names = vars(importlib.import_module(f"geostrike.roles.{module}".removesuffix(".__init__")))
        if name in names:
            return names[name]
    raise AssertionError(f"no {name} in geostrike.roles")


def _gated_patterns():
    return {name: (_roles_name(name), _roles_name(name.removesuffix("_RE") + "_GATE")
                   if name != "_ASIDE_RE" else ("(",))
            for name in ["_STRIKE_RE", "_CIVIL_RE", "_CLAUSE_RE", "_UNVERIFIED_RE",
                         "_INSTEAD_FROM_RE", "_SENT_TO_RE", "_ASIDE_RE"]}


@pytest.mark.parametrize("name", ["_STRIKE_RE", "_CIVIL_RE", "_CLAUSE_RE", "_UNVERIFIED_RE",
                                  "_INSTEAD_FROM_RE", "_SENT_TO_RE", "_ASIDE_RE"])
def test_every_alternative_holds_a_gate_word(name):
    pattern, gate = _gated_patterns()[name]
    alternatives = _alternatives(pattern)
    assert alternatives
    missing = [i for i, alt in enumerate(alternatives) if not _holds_gate_word(alt, gate)]
    assert not missing


@pytest.mark.parametrize(("gate", "alternative"), [
    (("rain",), r"rain(?:ed|ing|s)?(?: down)? on"),
    (("took", "take", "taking"), r"(?:took|takes?|taken|taking) out(?! of\b)"),
    (("strik", "fire"), r"under (?:an? )?(?:heavy )?(?:fire|strikes?)"),
    (("jet", "plane"), r"(?:jets?|planes)(?= (?:\S+ ){0,2}(?:in|over)\b)"),
])
def test_the_alternative_reader_finds_the_gate_words(gate, alternative):
    import re

    seq = _alternatives(re.compile(rf"\b(?:{alternative}|x)\b", re.I))[0]
    assert _holds_gate_word(seq, gate)
    # ...and misses a gate without one of the words the alternative needs
    for word in gate:
        assert not _holds_gate_word(seq, tuple(w for w in gate if w != word))


def _sample_texts():
    """The gold reports' sentences and this suite's own strings."""
    import ast

    repo = Path(__file__).resolve().parents[1]
    texts = [line for folder in [repo / "seeds", repo / "tests" / "data"]
             for path in sorted(folder.rglob("*.txt"))
             for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    tree = ast.parse((repo / "tests" / "test_roles.py").read_text(encoding="utf-8"))
    texts += [node.value for node in ast.walk(tree)
              if isinstance(node, ast.Constant) and isinstance(node.value, str)]
    return texts


def test_gates_pass_every_match_in_the_sample():
    from geostrike.names import has_any
    from geostrike.names import fold_lower as _lower

    texts = _sample_texts()
    assert len(texts) > 2000
    # (a pattern anchored at the end of its text reads the text up to a name: each cut at a
    # space after "from" or "to")
    cuts = [t[:i] for t in texts for i in range(len(t))
            if t[i - 1:i].isspace() and has_any(_lower(t[max(0, i - 120):i]), ("from", "to"))]
    for name, (pattern, gate) in _gated_patterns().items():
        sample = cuts if pattern.pattern.endswith("$") else texts
        matches = [m.group() for t in sample for m in pattern.finditer(t)]
        assert len(matches) > 5, name
        assert [m for m in matches if not has_any(_lower(m), gate)] == [], name


def test_lower_folds_what_ignorecase_takes_for_ascii():
    """names.fold_lower (the text gates test) turns every letter re.IGNORECASE matches to an
    ASCII letter into that letter: "\u0130N" stands for "in" there."""
    import re
    import sys

    from geostrike.names import fold_lower as _lower

    ascii_letter = re.compile("[a-z]", re.I)
    for code in range(128, sys.maxunicode + 1):
        ch = chr(code)
        if ascii_letter.fullmatch(ch):
            assert len(_lower(ch)) == 1 and re.fullmatch(_lower(ch), ch, re.I), hex(code)
    assert _lower("the \u0130N \u017fTRUCK \u212aILLED") == "the in struck killed"
    assert _lower("Caf\u00e9 IN") == "caf\u00e9 in"


@pytest.mark.parametrize(("pattern", "ends"), [
    *((f"{p}_RE", f"{p}_ENDS") for p in ["_ANTI_PRO", "_PAIR_BEFORE", "_BY_ACTOR", "_GOVERNMENT_IN",
                                         "_CASUALTIES_IN_END", "_NATURAL_AGENT_BEFORE",
                                         "_REFERENCE_BEFORE", "_SPEAKER_IN", "_WITNESS_BEFORE",
                                         "_BANNED_IN_END", "_TITLE_OF", "_ORIGINATED_IN",
                                         "_ALLEGIANCE_BEFORE"]),
    ("_SUPPLIED_FROM_NAME_RE", "_FROM_ENDS"), ("_PEOPLE_FROM_RE", "_FROM_ENDS"),
    ("_ATTACK_FROM_RE", "_FROM_ENDS"), ("_DISTANCE_FROM_RE", "_DISTANCE_FROM_ENDS"),
    ("_FLED_TO_END_RE", "_FLED_TO_END_ENDS"),
])
def test_patterns_anchored_at_the_name_end_in_their_gate_word(pattern, ends):
    """The roles test the word a text ends in (``ends``) before searching it with a pattern
    anchored at its end (``pattern``: "$", which also matches before a last newline)."""
    from geostrike.names import ends_in, fold_lower

    regex, ends = _roles_name(pattern), _roles_name(ends)
    texts = _sample_texts()
    cut = [t[:i] for t in texts for i in range(len(t)) if t[i - 1:i].isspace()][:200_000]
    edges = ["the government in ", "the REGIME \u0130N\n", "a request by\n", "orders BY  ",
             "anti-\n", "PRO-", "Beirut-", "Beirut\u2013\n", "killed \u0130N  ", "dead at the\n",
             "the flood WH\u0130CH ", "storms that had\n", "received FROM ", "civilians from the\n",
             "air strikes from  ", "a road leading INTO\n", "the border between Iraq's ",
             "the border between Iraq\u2019S ", "bordering ON ", "officials based in  ",
             "residents of the city of ", "outlawed in in ", "BANNED \u0130N the\n",
             "the office of the President of ", "the GOVERNMENT OF the\n", "5 KM FROM the\n",
             "3 km from the town OF\n", "FLED TO\n", "fleeing into neighbouring  ",
             "escaped across the NORTHERN ", "ORIGINATED IN the SOUTH-WESTERN\n",
             "originating within  ", "forces LOYAL TO\n", "opposed to  "]
    hits = [t for t in cut + edges if regex.search(t)]
    assert hits, pattern
    assert [t for t in hits if not fold_lower(t).rstrip().endswith(ends)] == []
    assert [t for t in hits if not ends_in(t, ends)] == []
    assert max(map(len, ends)) <= 12


def test_a_text_without_capitals_has_no_list_items():
    """_without_list_items skips a text that lower() leaves as it is: each name of a list
    starts with a capital of UPPER, and lower() changes every one of them."""
    import re
    import sys

    from geostrike.names import UPPER
    from geostrike.roles.clause import _LIST_ITEMS_RE, _without_list_items

    capital = re.compile(f"[{UPPER}]")
    assert all(chr(c).lower() != chr(c) for c in range(sys.maxunicode + 1)
               if capital.fullmatch(chr(c)))
    matches = [m.group() for t in _sample_texts() for m in _LIST_ITEMS_RE.finditer(t)]
    assert len(matches) > 100
    assert [m for m in matches if not capital.search(m)] == []
    assert _without_list_items("struck \u00c7at, Sur and the town of") == "struck   the town of"
    assert _without_list_items("struck the town of") == "struck the town of"


@pytest.mark.parametrize(("text", "expected"), [
    # towns of a place that came under fire
    ("Nagorno-Karabakh towns again came under rocket fire on Thursday as heavy fighting "
     "continued.", [("Nagorno-Karabakh", "strike_target")]),
    # where attacks originated is where they were launched (not a virus's origin)
    ("The US has blamed Iran for the attacks and officials told Reuters that they originated "
     "in south-western Iran and involved cruise missiles and drones.",
     [("US", "other"), ("Iran", "other"), ("Iran", "launch_point")]),
    ("The virus originated in Wuhan, China.", [("Wuhan", "other"), ("China", "other")]),
    # who sponsored an attack, past where it came from
    ("The attack was launched from the north and unquestionably sponsored by Iran, he said.",
     [("Iran", "other")]),
    # a country's interests, and a capital a group sides with or against
    ("It said the strikes were carried out to protect US interests.", [("US", "other")]),
    ("Iran conducted strikes in Pakistan targeting Jaish al-Adl, a militant group opposed to "
     "Tehran.", [("Iran", "other"), ("Pakistan", "strike_target"), ("Tehran", "other")]),
    ("Jets struck fighters loyal to Damascus near Palmyra.",
     [("Damascus", "other"), ("Palmyra", "strike_target")]),
    # forces that carried out an attack in the area of a place
    ('"Israeli Defense Forces aircraft carried out an attack in the area of Qaaqaait al-Jisr in '
     'southern Lebanon," the army said.',
     [("Qaaqaait al-Jisr", "strike_target"), ("Lebanon", "strike_target")]),
    ("Pakistan carried out overnight attacks in the territory of Iran against militant "
     "groups.", [("Pakistan", "other"), ("Iran", "strike_target")]),
    # (guard: gunmen's attacks)
    ("Gunmen carried out an attack in the area of Kabul.", [("Kabul", "other")]),
    ("Gunmen carried out attacks in the territory of Kenya.", [("Kenya", "other")]),
])
def test_attacks_origins_interests_and_allegiances(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dash that opens the list of the places a plural noun counted
    ("It was a coordinated UAV attack on military facilities in three regions of Russia - "
     "Rostov, Lipetsk, and Volgograd.",
     [("Russia", "strike_target"), ("Rostov", "strike_target"), ("Lipetsk", "strike_target"),
      ("Volgograd", "strike_target")]),
    ("Strikes hit three provinces \u2013 Idlib, Hama and Aleppo.",
     [("Idlib", "strike_target"), ("Hama", "strike_target"), ("Aleppo", "strike_target")]),
    ("Drones struck two regions -- Kursk and Belgorod.",
     [("Kursk", "strike_target"), ("Belgorod", "strike_target")]),
    # (guard: a dash between two clauses)
    ("Jets struck Raqqa - Assad's forces held Hama.",
     [("Raqqa", "strike_target"), ("Hama", "other")]),
])
def test_a_dash_opening_a_list_of_places(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an embassy a strike cue reaches is what was struck
    ("This was in response to an Israeli strike that demolished a consular building annex of "
     "the Iranian Embassy in Damascus.", [("Damascus", "strike_target")]),
    ("An Israeli strike hit the Iranian embassy in Damascus.", [("Damascus", "strike_target")]),
    # (guards: an embassy that speaks, or one past another clause)
    ("The Iranian embassy in Damascus said the strike killed 13.", [("Damascus", "other")]),
    ("Jets struck Aleppo, and the embassy in Damascus condemned it.",
     [("Aleppo", "strike_target"), ("Damascus", "other")]),
])
def test_an_embassy_that_was_struck(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # air defence at work over the places a plural noun counted
    ("The Russians claimed that air defense systems were active in three regions - Lipetsk, "
     "Rostov, and Volgograd - and purportedly shot down 33 drones.",
     [("Lipetsk", "strike_target"), ("Rostov", "strike_target"), ("Volgograd", "strike_target")]),
    ("Air defence was active over Kyiv, Odesa and Lviv.",
     [("Kyiv", "strike_target"), ("Odesa", "strike_target"), ("Lviv", "strike_target")]),
    # forces stationed in the places a plural noun counted: bases
    ("Air defence systems are operating in three regions - Latakia, Tartus and Homs - to "
     "protect the base.", [("Latakia", "base"), ("Tartus", "base"), ("Homs", "base")]),
])
def test_air_defence_at_work_over_a_list_of_places(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # explosions that rocked places; drones downed over a region's territory, in a tally
    ("Explosions rocked major cities including Odessa, Dnipro and the Cherkasy region.",
     [("Odessa", "strike_target"), ("Dnipro", "strike_target"), ("Cherkasy", "strike_target")]),
    ("9 drones were shot down over the territory of the Saratov region, 2 each over the "
     "territories of the Belgorod and Tula regions.",
     [("Saratov", "strike_target"), ("Belgorod", "strike_target"), ("Tula", "strike_target")]),
    # (guards: protests rock cities; a drone on its way over a country's territory)
    ("Protests rocked major cities including Cairo and Alexandria.",
     [("Cairo", "other"), ("Alexandria", "other")]),
    ("The drone flew over the territory of Jordan towards Israel.",
     [("Jordan", "other"), ("Israel", "other")]),
])
def test_explosions_that_rocked_places_and_drones_downed_over_a_territory(mentions_of, text,
                                                                          expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a strike named after its target; a base named with the participle that struck it
    ("The Raqqa strike killed 10 civilians.", [("Raqqa", "strike_target")]),
    ("Of the Shayrat airbase targeted in the U.S. strike, Davis said it stored weapons.",
     [("Shayrat", "strike_target"), ("U.S.", "other")]),
    # a viewpoint is no launch point
    ("Missile fire is seen from Damascus, Syria.", [("Damascus", "other"), ("Syria", "other")]),
    # (guards: a strike group at its base; a launch from a city)
    ("The Hmeimim strike group flew again.", [("Hmeimim", "base")]),
    ("Missiles were fired from Damascus at Israel.",
     [("Damascus", "launch_point"), ("Israel", "strike_target")]),
])
def test_strikes_named_after_targets_and_viewpoints(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a drone sent or dispatched from a base; whose base it is names no other origin
    ("Iran sent a military drone from one of its bases in Syria.",
     [("Iran", "other"), ("Syria", "launch_point")]),
    ("The drone was dispatched from the Iranian controlled T-4 base in Palmyra in eastern Syria.",
     [("T-4", "launch_point"), ("Palmyra", "launch_point"), ("Syria", "launch_point")]),
    # (guard: aid sent from a city, no platform)
    ("Turkey sent aid trucks from Gaziantep.", [("Turkey", "other"), ("Gaziantep", "other")]),
])
def test_drones_sent_from_a_base(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a base's other name in brackets, and the area it lies in after a bare compass word,
    # share the base's role
    ("Led by their aircraft from the Hmeimim (var. Khmeimim) Airbase in southwest Latakia, the "
     "Russian Air Force carried out airstrikes over Idlib.",
     [("Hmeimim", "launch_point"), ("Khmeimim", "launch_point"), ("Latakia", "launch_point"),
      ("Idlib", "strike_target")]),
    ("Jets flew from the Hmeimim base in southwest Latakia.",
     [("Hmeimim", "launch_point"), ("Latakia", "launch_point")]),
])
def test_a_bases_other_name_and_its_area_share_its_role(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an object named with its owner's possessive; a list going on with "the regions of"
    ("F-16 jets resumed their bombing campaign, striking the northwestern enclave's Mount "
     "Bafilun, the villages of Sheik Huruz and Kefer Jenne and the regions of Sheran, Jinderes "
     "and Raju, among other targets.",
     [("Mount Bafilun", "strike_target"), ("Sheik Huruz", "strike_target"),
      ("Kefer Jenne", "strike_target"), ("Sheran", "strike_target"),
      ("Jinderes", "strike_target"), ("Raju", "strike_target")]),
    # a passive reaching back over villages listed with where they lie
    ("The villages of Nesriyya and Iskan in the Jandaris region as well as the Orta Cakalli "
     "village in the town of Shaykh al-Hadid, western Afrin, were captured from the YPG.",
     [("Nesriyya", "strike_target"), ("Iskan", "strike_target"), ("Jandaris", "strike_target"),
      ("Orta Cakalli", "strike_target"), ("Shaykh al-Hadid", "strike_target"),
      ("Afrin", "strike_target")]),
    # (guards: a possessive owner that is no object; villages past a clause of their own)
    ("The strikes angered the region's capitals, Amman said.", [("Amman", "other")]),
    ("The village of Hass in the town of Kafr Nabl, where rebels live, was quiet as jets bombed "
     "Idlib.", [("Hass", "other"), ("Kafr Nabl", "other"), ("Idlib", "strike_target")]),
])
def test_long_lists_of_struck_places(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an armed group's attacks are military
    ("The Houthis have continued to carry out attacks in the Red Sea.",
     [("Red Sea", "strike_target")]),
    ("Rebels carried out attacks in Idlib.", [("Idlib", "strike_target")]),
    # (guard: gunmen's attacks)
    ("Gunmen carried out an attack in Kabul.", [("Kabul", "other")]),
])
def test_armed_groups_attacks(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a fronted place restated as "the capital" governs the strike after it
    ("In the capital, Kyiv, a missile struck a five-story residential building.",
     [("Kyiv", "strike_target")]),
    # (guard: a meeting in the capital)
    ("In the Ukrainian capital, Kyiv, officials met to discuss the strikes on Kharkiv.",
     [("Kyiv", "other"), ("Kharkiv", "strike_target")]),
])
def test_a_fronted_capital(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # what a country owns, destroyed, or part of it; a passive verb in quotes
    ("Israel bombed and destroyed nearly half of Syria's air defense systems.",
     [("Israel", "other"), ("Syria", "strike_target")]),
    ('Raqqa was "heavily bombed" overnight.', [("Raqqa", "strike_target")]),
    # (guard: the country's own air defences, which acted)
    ("Syria's air defenses destroyed two drones.", [("Syria", "other")]),
])
def test_a_countrys_destroyed_possessions_and_quoted_passives(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an attack named after the site it fell on, and the country whose region holds the site
    ("Video from the Belaya Air Base attack in Russia's eastern Irkutsk region appeared.",
     [("Belaya Air Base", "strike_target"), ("Russia", "strike_target"),
      ("Irkutsk", "strike_target")]),
    ("After the Hodeidah port strike, fuel prices rose.", [("Hodeidah", "strike_target")]),
    # (guards: attack helicopters; a terror attack)
    ("The Kyiv attack helicopters flew to Lviv.", [("Kyiv", "other"), ("Lviv", "other")]),
    ("After the Paris attacks, gunmen fled.", [("Paris", "other")]),
])
def test_an_attack_named_after_where_it_fell(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the town a struck base is near shares its role; a base that was not struck keeps its own
    ("Drones hit targets across Russia, including in Belaya, which lies far to the east, and "
     "at Olenya base near Murmansk.",
     [("Russia", "strike_target"), ("Belaya", "strike_target"), ("Olenya", "strike_target"),
      ("Murmansk", "strike_target")]),
    ("Putin visited the Hmeymim base near Latakia.", [("Hmeymim", "base"), ("Latakia", "base")]),
])
def test_the_town_a_base_is_near(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # places a comparison or a distance measures by are no targets and no origins
    ("Drones hit Belaya, which is closer to Japan than Ukraine.",
     [("Belaya", "strike_target"), ("Japan", "other"), ("Ukraine", "other")]),
    ("Jets struck a village far from Aleppo.", [("Aleppo", "other")]),
])
def test_places_a_measure_is_taken_from(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # drones shot down "in" a province, as "over" it, and a tally of such counts
    ("Air defence forces shot down 12 drones in the Bryansk, Belgorod and Saratov regions.",
     [("Bryansk", "strike_target"), ("Belgorod", "strike_target"), ("Saratov", "strike_target")]),
    ("Five drones were shot down in the Bryansk and five in the Belgorod regions. One drone was "
     "downed in both Voronezh and one in the Saratov regions.",
     [("Bryansk", "strike_target"), ("Belgorod", "strike_target"), ("Voronezh", "strike_target"),
      ("Saratov", "strike_target")]),
    # (guard: a sea where a missile fell short)
    ("A missile was intercepted in the Red Sea.", [("Red Sea", "other")]),
])
def test_drones_shot_down_in_a_province(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the attack named past "came under", "faced" or "subjected to"
    ("Sevastopol came under two major Ukrainian missile attacks last month.",
     [("Sevastopol", "strike_target")]),
    ("The Goranboy and Naftalan regions were subjected to heavy Armenian artillery fire.",
     [("Goranboy", "strike_target"), ("Naftalan", "strike_target")]),
    ("The Russian Federation reportedly faced an attack from unmanned aerial vehicles.",
     [("Russian Federation", "strike_target")]),
    # (guard: a figurative attack)
    ("Moscow faced an attack from critics.", [("Moscow", "other")]),
])
def test_an_attack_a_place_came_under_or_faced(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # districts listed after a dash with their kind; a tally's vague count; a passive past a
    # relative clause; explosions local media report
    ("Drones attacked two municipalities - Starooskolsky district and Chernyansky district.",
     [("Starooskolsky", "strike_target"), ("Chernyansky", "strike_target")]),
    ("Air defense intercepted 44 UAVs over the Rostov region and several over the Saratov and "
     "Kursk regions.",
     [("Rostov", "strike_target"), ("Saratov", "strike_target"), ("Kursk", "strike_target")]),
    ("The Rostov region, which borders Ukraine, has been hit by airstrikes before.",
     [("Rostov", "strike_target"), ("Ukraine", "other")]),
    ("Local media in Belgorod reported explosions.", [("Belgorod", "strike_target")]),
    # eyewitnesses, and officials or sources called local, speak of their own place too
    ("Eyewitnesses in Nyala said at least three explosions rocked the airport.",
     [("Nyala", "strike_target")]),
    ("Local officials in Saraqib said the strikes had cut electricity.",
     [("Saraqib", "strike_target")]),
    # (guards: what media report that is no attack; officials who are not called local)
    ("Residents of Kyiv heard the president speak.", [("Kyiv", "other")]),
    ("Officials in Saraqib said the strikes had cut electricity.", [("Saraqib", "other")]),
    ("Eyewitnesses in Nyala said the market reopened.", [("Nyala", "other")]),
    # what a place reports is what it suffered; a place among the buildings struck
    ("Zaporizhzhia, Sumy and Odesa also reported damage from falling debris.",
     [("Zaporizhzhia", "strike_target"), ("Sumy", "strike_target"), ("Odesa", "strike_target")]),
    ("A kindergarten in Kyiv was among the buildings struck, officials said.",
     [("Kyiv", "strike_target")]),
    ("The hospital in Aleppo was among the facilities hit.", [("Aleppo", "strike_target")]),
    # (guards: a place reports something else, or damage somewhere else)
    ("Kharkiv reported record grain exports.", [("Kharkiv", "other")]),
    ("Russia reported damage to Ukraine's energy system.",
     [("Russia", "other"), ("Ukraine", "strike_target")]),
    ("A kindergarten in Kyiv was among the buildings inspected.", [("Kyiv", "other")]),
])
def test_attacks_told_by_lists_tallies_and_witnesses(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "from" reaches no target past "on"; a missile named by its origin; a bearing before
    # "from"; a country before a bare verb in prose is its subject
    ("Missile strikes were carried out from other means on Odesa and Donetsk regions.",
     [("Odesa", "strike_target"), ("Donetsk", "strike_target")]),
    ("Missile from Yemen intercepted over Red Sea", [("Yemen", "launch_point"),
                                                     ("Red Sea", "other")]),
    ("Saudi forces destroyed a missile northeast from its capital Riyadh.", [("Riyadh", "other")]),
    ("Officials confirmed that Russia attacked in four places overnight with drones.",
     [("Russia", "other")]),
    # (guards: a headline's passive; aircraft bought from a country)
    ("Iran attacked in Syria", [("Iran", "other"), ("Syria", "strike_target")]),
    ("He bought drones from China.", [("China", "other")]),
])
def test_origins_bearings_and_subjects(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # ships moored in a port, moved out of one or to one, a fleet relocating: their bases
    ("Five large landing ships are now moored in the port of Novorossiysk in Russia's "
     "Krasnodar region.",
     [("Novorossiysk", "base"), ("Russia", "base"), ("Krasnodar", "base")]),
    ("Minesweepers and other small ships have been moved out of Sevastopol to the port of "
     "Feodosia.", [("Sevastopol", "base"), ("Feodosia", "base")]),
    ("The Black Sea Fleet was likely relocating to Novorossiysk in the face of threats to "
     "Sevastopol.", [("Novorossiysk", "base"), ("Sevastopol", "other")]),
    # (guards: a plan to send troops; savings moved; a company moving)
    ("The GCC referred to preparations to send ground troops to Yemen if necessary.",
     [("Yemen", "other")]),
    ("Residents moved their savings from Aleppo to Beirut.",
     [("Aleppo", "other"), ("Beirut", "other")]),
    ("The company was moving to Kyiv.", [("Kyiv", "other")]),
])
def test_where_ships_are_moored_or_moved(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capture by IS, written with its initials, told with its date, is background
    ("IS seized Mosul along with other areas of Iraq in June 2014, but Iraqi forces have since "
     "regained ground.", [("Mosul", "other"), ("Iraq", "other")]),
    # (guard: fighters who seized a town this week)
    ("IS fighters seized the town of Mahin on Sunday.", [("Mahin", "strike_target")]),
])
def test_a_capture_by_is_told_as_background(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # casualties counted in a place after a strike told shortly before: the place was struck
    ("Russia also launched missile and drone strikes on Ukraine over the weekend. At least six "
     "people, including a child, were injured in Kharkiv.",
     [("Russia", "other"), ("Ukraine", "strike_target"), ("Kharkiv", "strike_target")]),
    ("There were only Iraqi security casualties in the attack on Ain al-Assad. There were no "
     "casualties reported in Erbil.",
     [("Ain al-Assad", "strike_target"), ("Erbil", "strike_target")]),
    ("Russia fired missiles overnight. Three people were reported injured in the Kharkiv region, "
     "with casualties also recorded in Dnipro.",
     [("Russia", "other"), ("Kharkiv", "strike_target"), ("Dnipro", "strike_target")]),
    # the dead counted as martyrs
    ("An Israeli drone strike hit a camp in the West Bank at dawn. The ministry said there "
     "were two martyrs in Jenin.", [("West Bank", "strike_target"), ("Jenin", "strike_target")]),
    # ... or the damage and fires they left
    ("Rockets were fired from Lebanon overnight. Buildings were damaged and cars caught fire "
     "in Haifa.", [("Lebanon", "launch_point"), ("Haifa", "strike_target")]),
    # (guards: no strike before; a terror attack; talks)
    ("Floods swept the region last week. Two people were injured in Kharkiv.",
     [("Kharkiv", "other")]),
    ("A storm hit the coast last week. Buildings were damaged in Haifa.", [("Haifa", "other")]),
    ("A terrorist attack on a mosque was reported. Ten people were injured in Kabul.",
     [("Kabul", "other")]),
    ("The missiles hit the port. Later, talks were held and no one was injured in Geneva.",
     [("Geneva", "other")]),
])
def test_casualties_counted_in_a_place_after_a_strike(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a missile or a jet that crashed in a place on its way was lost there: nothing was aimed
    ("At least four cruise missiles fired towards Syria on Wednesday crashed in northwestern "
     "parts of Iran.", [("Syria", "strike_target"), ("Iran", "other")]),
    ("An Israeli F-16 was shot down during that raid and crashed in northern Israel.",
     [("Israel", "other")]),
    ("4 Russian Cruise Missiles Crash in Iran", [("Iran", "other")]),
    # (guards: what a drone crashed into; the noun, where strikes fell)
    ("A drone launched from Lebanon crashed into a school in Nahariya, Israel.",
     [("Lebanon", "launch_point"), ("Nahariya", "strike_target"), ("Israel", "strike_target")]),
    ("Russian aircraft later bombed the area of the crash in Latakia province.",
     [("Latakia", "strike_target")]),
])
def test_a_loss_that_crashed_in_a_place(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a strike verb's object spelt out after a colon: the bases listed were struck
    ("The air force conducted missile strikes targeting four key Pakistan Air Force (PAF) "
     "bases: Nur Khan Air Base, Murid Air Base, Rafiqui Air Base, and Sargodha Air Base.",
     [("Nur Khan Air Base", "strike_target"), ("Murid Air Base", "strike_target"),
      ("Rafiqui Air Base", "strike_target"), ("Sargodha Air Base", "strike_target")]),
    # (guard: bases named after a colon that no strike verb heads)
    ("Russian jets are stationed at two air bases: Hmeymim and Shayrat.",
     [("Hmeymim", "base"), ("Shayrat", "base")]),
    # interceptions reported in places; a fronted place after "Similarly,"
    ("Interceptions were reported in Jammu, Samba and Amritsar, with blackouts enforced.",
     [("Jammu", "strike_target"), ("Samba", "strike_target"), ("Amritsar", "strike_target")]),
    ("Similarly, in Idlib, government forces conducted an airstrike on a village.",
     [("Idlib", "strike_target")]),
    # where drones or jets are based
    ("Ethiopia is getting support from Eritrea's Assab-based drones.",
     [("Ethiopia", "other"), ("Eritrea", "other"), ("Assab", "base")]),
    # (guard: militants based somewhere were struck there)
    ("Raqqa-based militants were hit.", [("Raqqa", "strike_target")]),
    # a casualty count whose cause the sentence tells after the place
    ("The number of wounded civilians in Tartar, Azerbaijan, rose to five as a result of "
     "Armenia's artillery attack.",
     [("Tartar", "strike_target"), ("Azerbaijan", "strike_target"), ("Armenia", "other")]),
    # (guard: the cause is a terror attack)
    ("Two people were injured in Kabul in a terrorist attack.", [("Kabul", "other")]),
])
def test_struck_lists_interceptions_based_platforms_and_causes(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # where a weapon was made is no place it was fired from or at
    ("Air defences fired at an air base that is home to a fleet of U.S.-made F-14 Tomcats.",
     [("U.S.", "other")]),
    ("Russia fired Iran-made drones and North Korean-supplied missiles at Kharkiv.",
     [("Russia", "other"), ("Iran", "other"), ("Kharkiv", "strike_target")]),
    # (guard: a country that leads strikes still does)
    ("U.S.-led jets bombed Raqqa.", [("U.S.", "other"), ("Raqqa", "strike_target")]),
])
def test_where_a_weapon_was_made(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # forces "from" a country are its forces: no launch point
    ("Tehran launched 300 drones at Israel, most of which were shot down by Israel, with "
     "intercepts by forces from the United States, France and Jordan.",
     [("Tehran", "other"), ("Israel", "strike_target"), ("Israel", "other"),
      ("United States", "other"), ("France", "other"), ("Jordan", "other")]),
    ("Troops from Chad fired rockets at Boko Haram.", [("Chad", "other")]),
    # (guard: jets from a country that struck)
    ("Jets from Qatar struck Raqqa.", [("Qatar", "launch_point"), ("Raqqa", "strike_target")]),
])
def test_forces_from_a_country(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "came under attack" with the attacker named is no figure of speech
    ("Ras Isa port had previously come under Israeli attack in December.",
     [("Ras Isa", "strike_target")]),
    ("Kharkiv came under Russian attack overnight.", [("Kharkiv", "strike_target")]),
    ("Hodeidah port has come under drone attack again.", [("Hodeidah", "strike_target")]),
    # (guard: criticism)
    ("Netanyahu came under fire over his handling of the war in Gaza.", [("Gaza", "other")]),
])
def test_a_place_that_came_under_attack(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # drones downed over a region were sent at it, however long the list or however the
    # interceptions are counted
    ("All 14 Shaheds have been destroyed in Mykolaiv, Cherkasy, Poltava, Dnipropetrovsk, "
     "Zaporizhzhia and Kyiv oblasts.",
     [("Mykolaiv", "strike_target"), ("Cherkasy", "strike_target"), ("Poltava", "strike_target"),
      ("Dnipropetrovsk", "strike_target"), ("Zaporizhzhia", "strike_target"),
      ("Kyiv", "strike_target")]),
    ("Air defences intercepted 132 Ukrainian drones overnight, including 54 over Saratov Oblast.",
     [("Saratov", "strike_target")]),
    ("There were interceptions over other regions, such as Voronezh and Belgorod.",
     [("Voronezh", "strike_target"), ("Belgorod", "strike_target")]),
    # (guard: across regions, a tally of where they fell)
    ("Russia said it destroyed 112 drones across eight regions, including Crimea.",
     [("Russia", "other"), ("Crimea", "other")]),
])
def test_drones_downed_over_listed_regions(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an office named after its place, that speaks, is no place struck
    ("A drone attack sparked a fire at the Tuapse oil refinery, the operational headquarters of "
     "Russia's Krasnodar region said on Wednesday.",
     [("Tuapse", "strike_target"), ("Russia", "other"), ("Krasnodar", "other")]),
    ("Rockets hit a hospital, the governor of Homs, Talal Barazi, said.", [("Homs", "other")]),
    # (guard: a headquarters struck)
    ("Drones struck the police headquarters of Kherson.", [("Kherson", "strike_target")]),
])
def test_an_office_of_a_place_that_speaks(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Strikes hit Kabul, targeting terrorist outfits operating in Balochistan.",
     [("Kabul", "strike_target"), ("Balochistan", "other")]),
    # (guard: forces operating there)
    ("Russian forces operating in Syria struck Idlib.",
     [("Syria", "base"), ("Idlib", "strike_target")]),
])
def test_groups_operating_in_a_place_are_no_forces_based_there(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A Ukrainian drone hit the airbase. At least two civilians in Engels sustained injuries.",
     [("Engels", "strike_target")]),
    ("Missiles struck the city. Three residents in Kharkiv died.",
     [("Kharkiv", "strike_target")]),
    ("Missiles struck the city. Two children in Kharkiv were among the wounded.",
     [("Kharkiv", "strike_target")]),
    # (guards: no strike before; people in a place who were not hurt)
    ("Floods swept the region. Two residents in Kharkiv were injured.", [("Kharkiv", "other")]),
    ("Israeli jets bombed Gaza. Many people in Beirut were worried.",
     [("Gaza", "strike_target"), ("Beirut", "other")]),
])
def test_people_in_a_place_hurt_after_a_strike(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an overflight strikes nothing (the guidelines: overflight is other)
    ("Israeli jets flew over Beirut at low altitude, breaking the sound barrier.",
     [("Beirut", "other")]),
    ("Drones were seen circling above Gaza City on Monday.", [("Gaza City", "other")]),
    ("Israeli jets flying over Lebanon fired missiles at Syria.",
     [("Lebanon", "other"), ("Syria", "strike_target")]),
    # (guards: aircraft over a place that strike there, or aircraft "over" it without flying)
    ("Warplanes flying over Idlib struck a market.", [("Idlib", "strike_target")]),
    ("Russian jets over Aleppo bombed hospitals.", [("Aleppo", "strike_target")]),
    ("Russian jets carried out strikes on targets in Raqqa.", [("Raqqa", "strike_target")]),
])
def test_aircraft_flying_over_a_place_strike_it_only_if_the_sentence_says_so(
        mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a list in brackets after a noun or an area: its places are what the role is about
    ("French troops are leaving the northernmost bases in Mali (Kidal and Timbuktu).",
     [("Mali", "base"), ("Kidal", "base"), ("Timbuktu", "base")]),
    ("Jets struck three towns (Kidal, Gao and Timbuktu) in Mali.",
     [("Kidal", "strike_target"), ("Gao", "strike_target"), ("Timbuktu", "strike_target"),
      ("Mali", "strike_target")]),
    # (guard: an aside that is no list of names)
    ("Islamic State (IS, formerly ISIS) fighters fled Raqqa.", [("Raqqa", "other")]),
])
def test_places_listed_in_brackets_take_the_role_of_what_they_list(mentions_of, text, expected):
    assert [(m.surface, m.role) for m in mentions_of(text)] == expected
