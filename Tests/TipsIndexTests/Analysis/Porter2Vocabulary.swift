// Porter2 vocabulary: words and their published stems, trimmed from the Snowball project's
// data repository (snowballstem/snowball-data): `english/voc.txt`/`english/output.txt` lines
// 1–15 (apostrophe forms, unchanged across versions), then 1,039 pairs of `english/diffs.txt`,
// the two-column list for the algorithm as published before Snowball 3.0: consecutive runs
// from across the alphabet (a–abyss, bloom–body, cried–crystals, exceed–executors,
// hand–harbinger, kidnapped–knuckles, obedience–obtains, organ–organs, quail–quietude,
// sight–singly, trifle–troubling, ty–unaccountably) and single entries for the special
// cases (lateral, offing, only, skies, slowly, sly, ...). One entry a line: "word stem", or
// "word" alone when it is its own stem.
//
// The Snowball data is distributed under the BSD licence:
//
// Copyright (c) 2001, Dr Martin Porter, and the Snowball project contributors.
// All rights reserved.
//
// Redistribution and use in source and binary forms, with or without modification, are
// permitted provided that the following conditions are met:
// 1. Redistributions of source code must retain the above copyright notice, this list of
//    conditions and the following disclaimer.
// 2. Redistributions in binary form must reproduce the above copyright notice, this list of
//    conditions and the following disclaimer in the documentation and/or other materials
//    provided with the distribution.
// 3. Neither the name of the Snowball project nor the names of its contributors may be used to
//    endorse or promote products derived from this software without specific prior written
//    permission.
//
// THIS SOFTWARE IS PROVIDED BY THE COPYRIGHT HOLDERS AND CONTRIBUTORS "AS IS" AND ANY EXPRESS
// OR IMPLIED WARRANTIES, INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF
// MERCHANTABILITY AND FITNESS FOR A PARTICULAR PURPOSE ARE DISCLAIMED. IN NO EVENT SHALL THE
// COPYRIGHT OWNER OR CONTRIBUTORS BE LIABLE FOR ANY DIRECT, INDIRECT, INCIDENTAL, SPECIAL,
// EXEMPLARY, OR CONSEQUENTIAL DAMAGES (INCLUDING, BUT NOT LIMITED TO, PROCUREMENT OF SUBSTITUTE
// GOODS OR SERVICES; LOSS OF USE, DATA, OR PROFITS; OR BUSINESS INTERRUPTION) HOWEVER CAUSED
// AND ON ANY THEORY OF LIABILITY, WHETHER IN CONTRACT, STRICT LIABILITY, OR TORT (INCLUDING
// NEGLIGENCE OR OTHERWISE) ARISING IN ANY WAY OUT OF THE USE OF THIS SOFTWARE, EVEN IF ADVISED
// OF THE POSSIBILITY OF SUCH DAMAGE.

import Testing

/// A word of the published vocabulary and the stem the published output gives it.
struct VocabularyEntry: Sendable, CustomTestStringConvertible {
  var word: String
  var stem: String

  var testDescription: String { "\(word) → \(stem)" }
}

enum Porter2Vocabulary {
  static let entries: [VocabularyEntry] = text.split(separator: "\n").map { line in
    let fields = line.split(separator: " ")
    return VocabularyEntry(word: String(fields[0]), stem: String(fields.last ?? fields[0]))
  }

  private static let text = #"""
    ' '
    '' ''
    ''' '
    'a 'a
    'a' a
    'aa aa
    'aa' aa
    'as as
    'as' as
    's 's
    's' s
    a a
    a' a'
    a'' a'
    aa' aa
    a
    aback
    abandon
    abandoned abandon
    abandoning abandon
    abandonment abandon
    abandons abandon
    abasement abas
    abashed abash
    abate abat
    abated abat
    abbey
    abbott
    abbreviation abbrevi
    abdicate abdic
    abdicating abdic
    abdomen
    abdominal abdomin
    abe
    abear
    abed abe
    abel
    aberration aberr
    abershaw
    abet
    abettor
    abeyance abey
    abhorred abhor
    abhorrence abhorr
    abhorring abhor
    abide abid
    abiding abid
    abilities abil
    ability abil
    abimee abime
    abingdon
    abipones abipon
    abject
    abjectly abject
    abjectness abject
    abjure abjur
    abjured abjur
    abl
    able abl
    ablutions ablut
    abnegation abneg
    abnormal abnorm
    abnormality abnorm
    abnormally abnorm
    aboard
    abode abod
    abodes abod
    abolish
    abolished abolish
    abolishing abolish
    abolition abolit
    abominable abomin
    abominably abomin
    abominated abomin
    abomination abomin
    aboot
    aboriginal aborigin
    aboriginally aborigin
    aborigines aborigin
    abortion abort
    abortions abort
    abortive abort
    abound
    abounded abound
    abounding abound
    abounds abound
    about
    above abov
    aboveboard
    abraham
    abreast
    abridge abridg
    abridged abridg
    abroad
    abrogated abrog
    abrolhos abrolho
    abrupt
    abruptly abrupt
    abruptness abrupt
    abscess
    absence absenc
    absent
    absenting absent
    absolute absolut
    absolutely absolut
    absolve absolv
    absolved absolv
    absorb
    absorbed absorb
    absorbent absorb
    absorbing absorb
    absorbs absorb
    absorption absorpt
    abstain
    abstained abstain
    abstaining abstain
    abstinence abstin
    abstract
    abstracted abstract
    abstractedly abstract
    abstraction abstract
    abstracts abstract
    abstruse abstrus
    absurd
    absurdities absurd
    absurdity absurd
    absurdly absurd
    abt
    abundance abund
    abundant abund
    abundantly abund
    abuse abus
    abused abus
    abuses abus
    abusing abus
    abusive abus
    abut
    abuts abut
    abutting abut
    abyss
    abysses abyss
    bloom
    bloometh
    blooming bloom
    bloomsbury bloomsburi
    blossom
    blossomed blossom
    blossoming blossom
    blossoms blossom
    blot
    blotches blotch
    blotchy blotchi
    blots blot
    blotted blot
    blotting blot
    blow
    blowed blow
    blower
    blowers blower
    blowing blow
    blown
    blowpipe blowpip
    blows blow
    blubber
    blubbered blubber
    bludgeon
    bludgeons bludgeon
    blue
    bluebells bluebel
    blues blue
    bluff
    bluffy bluffi
    bluid
    bluish
    blulfy blulfi
    blunder
    blunderbore blunderbor
    blunderbus
    blunderbuss
    blundered blunder
    blundering blunder
    blunders blunder
    blunt
    blunted blunt
    bluntly blunt
    bluntness blunt
    blur
    blurs blur
    blurt
    blurted blurt
    blurting blurt
    blurts blurt
    blush
    blushed blush
    blushes blush
    blushing blush
    blushingly blush
    bluster
    blusterers bluster
    blustering bluster
    bo
    boa
    boan
    boans boan
    boar
    board
    boarded board
    boarder
    boarders boarder
    boarding board
    boards board
    boars boar
    boas boa
    boast
    boasted boast
    boastful boast
    boastfully boast
    boastfulness boast
    boasting boast
    boasts boast
    boat
    boating boat
    boats boat
    bob
    bobbed bob
    bobbing bob
    bobbish
    bobs bob
    bobster
    bod
    boddy boddi
    bodice bodic
    bodied bodi
    bodies bodi
    bodilessness bodiless
    bodily bodili
    boding bode
    bodkins bodkin
    body bodi
    cried cri
    crier
    criers crier
    cries cri
    crime
    crimes crime
    criminal crimin
    criminality crimin
    criminals crimin
    criminate crimin
    criminations crimin
    crimson
    crimsoned crimson
    cringe cring
    cringing cring
    cringingly cring
    crinoline crinolin
    cripple crippl
    crippled crippl
    crippler
    crisia
    crisis crisi
    crisp
    cristal
    cristatus
    cristiandad
    cristianos cristiano
    criterion
    critic
    critical critic
    criticise criticis
    criticised criticis
    criticism critic
    criticisms critic
    criticize critic
    criticizing critic
    critics critic
    critique critiqu
    critturs crittur
    croak
    croaked croak
    croaking croak
    croaks croak
    crockery crockeri
    crockford
    crocking crock
    crocodile crocodil
    crocodiles crocodil
    croesus
    crois croi
    crook
    crooked crook
    crookedly crook
    crooks crook
    crop
    cropley
    crops crop
    cros
    cross
    crosse cross
    crossed cross
    crosses cross
    crossgrained crossgrain
    crossin
    crossing cross
    crossings cross
    crossly crossli
    crost
    crotchet
    crotchets crotchet
    crouched crouch
    crouches crouch
    crouching crouch
    croup
    crow
    crowbar
    crowd
    crowded crowd
    crowding crowd
    crowds crowd
    crowed crow
    crowin
    crowing crow
    crowl
    crown
    crowned crown
    crowning crown
    crowns crown
    crowquill crowquil
    crows crow
    crucified crucifi
    crucify crucifi
    crucifying crucifi
    crude
    crudely crude
    crudest
    cruel
    cruellest
    cruelly cruelli
    cruelties cruelti
    cruelty cruelti
    cruenta
    cruet
    cruise cruis
    cruises cruis
    crumb
    crumber
    crumble crumbl
    crumbled crumbl
    crumbling crumbl
    crumbs crumb
    crumlinwallinwer crumlinwallinw
    crummles crumml
    crummleses crummles
    crumpet
    crumpets crumpet
    crumpled crumpl
    crumpling crumpl
    crumpy crumpi
    crupper
    crusade crusad
    crusader crusad
    crusaders crusad
    crusades crusad
    crusading crusad
    crush
    crushed crush
    crushes crush
    crushing crush
    crusoe cruso
    crust
    crustacea
    crustaceous crustac
    crusts crust
    crusty crusti
    crutches crutch
    cruz
    cry cri
    crying cri
    crypt
    cryptogamic cryptogam
    crystal
    crystalline crystallin
    crystallization crystal
    crystallized crystal
    crystals crystal
    exceed
    exceeded exceed
    exceeding exceed
    exceedingly exceed
    exceeds exceed
    excelled excel
    excellence excel
    excellences excel
    excellencies excel
    excellency excel
    excellent excel
    excellently excel
    except
    excepted except
    excepting except
    exception except
    exceptional except
    exceptionally except
    exceptionalness exception
    exceptions except
    excess
    excesses excess
    excessive excess
    excessively excess
    exchange exchang
    exchanged exchang
    exchanges exchang
    exchanging exchang
    exchequer exchequ
    excitable excit
    excitableness excit
    excite excit
    excited excit
    excitedly excit
    excitement excit
    excitements excit
    excites excit
    exciting excit
    exclaim
    exclaimed exclaim
    exclaiming exclaim
    exclaims exclaim
    exclamation exclam
    exclamations exclam
    exclude exclud
    excluded exclud
    excluding exclud
    exclusion exclus
    exclusions exclus
    exclusive exclus
    exclusively exclus
    exclusiveness exclus
    excoriate excori
    excremens excremen
    excrescence excresc
    excruciatingly excruci
    excursion excurs
    excursions excurs
    excusable excus
    excuse excus
    excused excus
    excuses excus
    excusing excus
    execrable execr
    execrate execr
    execrating execr
    execute execut
    executed execut
    executing execut
    execution execut
    executioner execution
    executions execut
    executive execut
    executor
    executors executor
    hand
    handcuff
    handcuffed handcuf
    handcuffs handcuff
    hande hand
    handed hand
    handeder handed
    handel
    handful hand
    handfuls hand
    handing hand
    handkercher handkerch
    handkerchief
    handkerchiefs handkerchief
    handle handl
    handled handl
    handles handl
    handling handl
    handmaid
    handmaiden
    handrail
    hands hand
    handsome handsom
    handsomely handsom
    handsomer handsom
    handsomest
    handwriting handwrit
    handy handi
    hang
    hangdog
    hanged hang
    hanger
    hangers hanger
    hanging hang
    hangings hang
    hangman
    hangs hang
    hankering hanker
    hankers hanker
    hannah
    hanover hanov
    hansome hansom
    hap
    haphazard
    hapless
    haply hapli
    happen
    happened happen
    happening happen
    happens happen
    happerton
    happertons happerton
    happier
    happiest
    happily happili
    happiness happi
    happy happi
    harangue harangu
    harangued harangu
    harass
    harassed harass
    harassing harass
    harbinger harbing
    kidnapped kidnap
    kidnapper kidnapp
    kidnapping kidnap
    kidney
    kilda
    kill
    killed kill
    killer
    killing kill
    kills kill
    kiln
    kilns kiln
    kilt
    kimbo
    kimiri
    kimpelled kimpel
    kin
    kind
    kinder
    kindest
    kindhearted kindheart
    kindle kindl
    kindled kindl
    kindles kindl
    kindlier
    kindliest
    kindliness kindli
    kindling kindl
    kindly kind
    kindness kind
    kindnesses kind
    kindred kindr
    kinds kind
    king
    kingdom
    kingdoms kingdom
    kingfisher kingfish
    kingly king
    kings king
    kingston
    kinkajou
    kinsman
    kirby kirbi
    kiss
    kissed kiss
    kisses kiss
    kissing kiss
    kit
    kitchen
    kitchens kitchen
    kitchin
    kite
    kitten
    kittlitz
    kitty kitti
    klopstock
    knack
    knackeries knackeri
    knacks knack
    knag
    knave
    knaves knave
    knavish
    kneaded knead
    kneading knead
    knee
    kneel
    kneeled kneel
    kneeling kneel
    kneels kneel
    knees knee
    knell
    knelt
    knew
    knick
    knif
    knife
    knight
    knightly knight
    knights knight
    knit
    knits knit
    knitted knit
    knitting knit
    knives knive
    knob
    knobs knob
    knock
    knocked knock
    knocker
    knockers knocker
    knocking knock
    knocks knock
    knopp
    knot
    knots knot
    knotted knot
    knotty knotti
    know
    knowa
    knowd
    knowed know
    knowest
    knoweth
    knowin
    knowing know
    knowledg
    knowledge knowledg
    known
    knows know
    knuckle knuckl
    knuckleboy
    knuckles knuckl
    lateral later
    laterally later
    obedience obedi
    obedient obedi
    obediently obedi
    obedt
    obeisance obeis
    obeisances obeis
    obelisk
    obelisks obelisk
    obesity obes
    obey
    obeyed obey
    obeyeth
    obeying obey
    obeys obey
    obispo
    obits obit
    object
    objected object
    objecting object
    objection object
    objectionable objection
    objections object
    objectless
    objects object
    obleege obleeg
    obleeging obleeg
    obligation oblig
    obligations oblig
    oblige oblig
    obliged oblig
    obliges oblig
    obliging oblig
    obligingly oblig
    obligingness obliging
    oblique obliqu
    obliterate obliter
    obliterated obliter
    obliterating obliter
    obliteration obliter
    oblivion
    oblivious oblivi
    oblong
    obscene obscen
    obscenity obscen
    obscure obscur
    obscured obscur
    obscurely obscur
    obscures obscur
    obscuring obscur
    obscurity obscur
    obsequious obsequi
    obsequiousness obsequi
    observa
    observable observ
    observaciones observacion
    observance observ
    observant observ
    observation observ
    observations observ
    observe observ
    observed observ
    observer observ
    observers observ
    observes observ
    observing observ
    obsession obsess
    obsolete obsolet
    obstacle obstacl
    obstacles obstacl
    obstinacy obstinaci
    obstinate obstin
    obstinately obstin
    obstructed obstruct
    obstructing obstruct
    obstruction obstruct
    obtain
    obtainable obtain
    obtained obtain
    obtaining obtain
    obtains obtain
    offing of
    ologies olog
    only onli
    organ
    organic organ
    organically organ
    organisation organis
    organise organis
    organised organis
    organism organ
    organization organ
    organizations organ
    organized organ
    organs organ
    quail
    quailed quail
    quailing quail
    quails quail
    quaint
    quaintly quaint
    quaintness quaint
    quake quak
    quaked quak
    quakes quak
    quaking quak
    quakings quak
    quale qual
    qualification qualif
    qualifications qualif
    qualified qualifi
    qualify qualifi
    qualifying qualifi
    qualities qualiti
    quality qualiti
    quand
    quantite quantit
    quantities quantiti
    quantity quantiti
    quarrel
    quarrelled quarrel
    quarrelling quarrel
    quarrels quarrel
    quarrelsome quarrelsom
    quarry quarri
    quart
    quarter
    quartered quarter
    quartering quarter
    quarterly quarter
    quartermaster quartermast
    quartern
    quarters quarter
    quarther
    quartz
    quatre quatr
    quaver
    quavering quaver
    quay
    que
    quebec
    quebrantahuesos quebrantahueso
    quedius
    queen
    queens queen
    queer
    queerest
    queerness queer
    quell
    quelled quell
    quench
    quenched quench
    quenching quench
    queries queri
    querulous querul
    query queri
    quest
    question
    questionable question
    questioned question
    questioner question
    questioning question
    questionings question
    questions question
    quibble quibbl
    quick
    quicken
    quickened quicken
    quickens quicken
    quicker
    quickest
    quickly quick
    quickness quick
    quicksilver quicksilv
    quidnuncs quidnunc
    quien
    quiescence quiescenc
    quiescent
    quiet
    quieted quiet
    quieter
    quietest
    quietly quiet
    quietness quiet
    quiets quiet
    quietude quietud
    sight
    sighted sight
    sightedness sighted
    sightless
    sights sight
    sightseer
    sign
    signal
    signalised signalis
    signalize signal
    signalling signal
    signally signal
    signals signal
    signature signatur
    signatures signatur
    signed sign
    significance signific
    significancy signific
    significant signific
    significantly signific
    signification signif
    signified signifi
    signifies signifi
    signifieth
    signify signifi
    signifying signifi
    signing sign
    signoritas signorita
    signs sign
    sike
    silence silenc
    silenced silenc
    silencing silenc
    silent
    silently silent
    silex
    siliceous silic
    silicified silicifi
    silk
    silken
    silkiness silki
    silks silk
    silkworm
    silky silki
    sill
    sillier
    sillies silli
    silliest
    silliman
    silliness silli
    sills sill
    silly silli
    silurian
    silurus
    silver
    silverbridge silverbridg
    silvered silver
    silversmith
    silvery silveri
    silworth
    similar
    similarity similar
    similarly similar
    simile simil
    similes simil
    similitude similitud
    simmering simmer
    simmonds simmond
    simper
    simpered simper
    simpering simper
    simple simpl
    simpler
    simplest
    simpleton
    simpletons simpleton
    simplex
    simplicity simplic
    simplified simplifi
    simplon
    simply simpli
    simpson
    simul
    simultaneous simultan
    simultaneously simultan
    sin
    sinai
    sinbad
    since sinc
    sincere sincer
    sincerely sincer
    sincerest
    sincerity sincer
    sinecure sinecur
    sinew
    sinews sinew
    sinewy sinewi
    sinful sin
    sinfulness sin
    sing
    singapore singapor
    singed sing
    singeing sing
    singer
    singers singer
    singing sing
    single singl
    singleness singl
    singling singl
    singly singl
    sings sing
    skies sky
    sky
    slowly slowli
    sly sli
    slyly slyli
    slyness
    trifle trifl
    trifled trifl
    trifles trifl
    trifling trifl
    trigger
    trigonocephalus
    trigonometry trigonometri
    trigonomical trigonom
    trigonomics trigonom
    trilled trill
    trilling trill
    trim
    trimly trim
    trimmed trim
    trimmers trimmer
    trimming trim
    trimmings trim
    trinity triniti
    trinket
    trinkets trinket
    trio
    trip
    tripod
    tripods tripod
    tripped trip
    tripping trip
    trippingly trip
    tristan
    tristram
    triturated tritur
    triumph
    triumphal
    triumphant
    triumphantly triumphant
    triumphed triumph
    triumphing triumph
    triumphs triumph
    triumvirate triumvir
    trivets trivet
    trivial
    trivialities trivial
    trochi
    trochilus
    trochus
    trod
    trodden
    troifling troifl
    trois troi
    trolling troll
    trollope trollop
    troop
    trooped troop
    trooper
    troops troop
    trophies trophi
    trophy trophi
    tropic
    tropical tropic
    tropics tropic
    tropillas tropilla
    trot
    trotted trot
    trotting trot
    trotty trotti
    trouble troubl
    troubled troubl
    troubles troubl
    troublesome troublesom
    troubling troubl
    ty
    tybalt
    tyerman
    tying tie
    tyler
    tylerish
    type
    types type
    typhus
    typical typic
    tyrannical tyrann
    tyrannized tyrann
    tyrannus
    tyranny tyranni
    tyrant
    tyrants tyrant
    tyrolese tyroles
    tyrone tyron
    u
    ud
    ugh
    uglier
    ugliness ugli
    ugly ugli
    uji
    ulloa
    ulterior
    ultimate ultim
    ultimately ultim
    ultra
    ulvae ulva
    um
    umb
    umbilical umbil
    umbrageous umbrag
    umbrella
    umbrellas umbrella
    umsonst
    un
    unabashed unabash
    unabated unab
    unable unabl
    unaccompanied unaccompani
    unaccountable unaccount
    unaccountably unaccount
    """#
}
