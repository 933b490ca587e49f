import Foundation
import Testing
import TipsCore

@testable import TipsIngest

/// Page copies in the shapes forum engines print, written by hand (invented posts) in
/// `Fixtures/copied-text/`; see `FIXTURES.md` for what each reproduces.
private func copiedThread(_ name: String) throws -> TipsCore.Thread {
  let path = try Fixture.path("copied-text/\(name).txt")
  let text = try String(contentsOfFile: path, encoding: .utf8)
  return try CopiedTextReader.thread(from: text, id: name, path: path)
}

private let question = "My knee hurts after rides over three hours."
private let advice =
  "Check your cleat rotation first. A heel turned in twists the knee on every stroke."
private let agreement = "Agreed, float pedals helped me more than anything else."
private let report = "Moved the cleats and rode 80 km without pain."

@Test("A XenForo copy splits on its headers; reactions are likes; a quote is not the reply's")
func xenForoCopy() throws {
  let thread = try copiedThread("xenforo")
  #expect(thread.title == "Knee pain after long rides")
  #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter", "dave", "ana_r"])
  #expect(thread.posts.map(\.date) == ["2015-03-03", "2015-03-04", nil, nil])
  #expect(thread.posts.map(\.likes) == [0, 5, 1, 0])
  #expect(
    thread.posts.map(\.text) == [
      "My knee hurts after rides over three hours. Lowering the saddle did nothing.\n"
        + "Is it my cleats?",
      advice, "Agreed, and float pedals helped me more than anything else.",
      report + " Thanks all!",
    ])
  #expect(thread.post(3)?.quotes == [QuotedPost(post: 2, author: "bikefitter")])
  #expect(thread.post(3)?.replyTo == 2)
}

@Test("A vBulletin copy drops poster details and subjects; 'Originally Posted by' is a quote")
func vBulletinCopy() throws {
  let thread = try copiedThread("vbulletin")
  #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  // 11-02-09 could be November 2 or February 11: only the year is certain.
  #expect(thread.posts.map(\.date) == ["2009", "2009-11-13T08:02", nil])
  #expect(thread.posts.map(\.text) == [question + "\n\nIs it my cleats?", advice, agreement])
  #expect(thread.post(3)?.quotes == [QuotedPost(post: 2, author: "bikefitter")])
}

@Test(
  "A classic vBulletin copy: the name before 'is offline', the 'Default' icon's subject, and a quote running on while it repeats the page"
)
func vBulletinStatusCopy() throws {
  let thread = try copiedThread("vbulletin-status")
  #expect(thread.posts.map(\.author) == ["ana_r", "Bike Fitter"])
  #expect(thread.posts.map(\.text) == [question + "\n\nIs it my cleats?", advice])
  #expect(thread.post(2)?.quotes == [QuotedPost(post: 1, author: "ana_r")])
}

@Test("A phpBB copy splits on 'Post by NAME » DATE'; 'NAME wrote: ↑DATE' starts a quote")
func phpBBCopy() throws {
  let thread = try copiedThread("phpbb")
  #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(
    thread.posts.map(\.date) == ["2015-03-03T22:12", "2015-03-04T08:02", "2015-03-04T10:15"])
  #expect(thread.posts.map(\.text) == [question + "\n\nIs it my cleats?", advice, agreement])
  #expect(thread.post(3)?.quotes == [QuotedPost(post: 2, author: "bikefitter")])
  #expect(thread.post(3)?.text.contains("Check your cleat") == false)
}

@Test("A new Reddit copy splits on 'level N' headers; the score above the buttons is likes")
func newRedditCopy() throws {
  let thread = try copiedThread("reddit-new")
  #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter", "dave", "ana_r"])
  #expect(thread.posts.map(\.likes) == [24, 15, 4, 2])
  #expect(
    thread.posts.map(\.text) == [question + " Is it my cleats?", advice, agreement, report])
}

@Test("An old Reddit copy splits on '[–]name N points age' lines, whose points are likes")
func oldRedditCopy() throws {
  let thread = try copiedThread("reddit-old")
  #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter", "dave", "ana_r"])
  #expect(thread.posts.map(\.likes) == [0, 15, 4, 1])
  #expect(
    thread.posts.map(\.text) == [question + " Is it my cleats?", advice, agreement, report])
}

@Test("A Discourse copy with headers: 'NAME:' above a quote is the quoted post's author")
func discourseCopy() throws {
  let thread = try copiedThread("discourse")
  #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter", "dave", "ana_r"])
  #expect(thread.posts.map(\.date) == ["2015-03", "2015-03", nil, nil])
  #expect(thread.posts.map(\.likes) == [0, 3, 1, 0])
  #expect(
    thread.posts.map(\.text) == [question + "\n\nIs it my cleats?", advice, agreement, report])
  #expect(thread.post(3)?.quotes == [QuotedPost(post: 2, author: "bikefitter")])
}

@Test(
  "Invision, SMF and Khoros copies split on headers whose name stands above a rank, a post count or a button"
)
func rankedHeaderCopies() throws {
  let expected = [question + "\n\nIs it my cleats?", advice, agreement]
  let invision = try copiedThread("invision")
  #expect(invision.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(invision.posts.map(\.date) == ["2015-03-03", "2015-03-04", "2015-03-04"])
  #expect(invision.posts.map(\.text) == expected)
  let smf = try copiedThread("smf")
  #expect(smf.title == "Knee pain after long rides")
  #expect(smf.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(smf.posts.map(\.date) == ["2015-03-03T22:12", "2015-03-04T08:02", "2015-03-04T10:15"])
  #expect(smf.posts.map(\.text) == expected)
  let khoros = try copiedThread("khoros")
  #expect(khoros.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(khoros.posts.map(\.date) == ["2015-03-13T22:12", "2015-03-14T08:02", "2015-03-14T10:15"])
  #expect(khoros.posts.map(\.likes) == [0, 4, 1])
  #expect(khoros.posts.dropFirst().map(\.text) == [advice, agreement])
}

@Test(
  "MyBB, Vanilla and HealthUnlocked copies split on their headers; their statistics, buttons and likes stay out of the text"
)
func profileStatisticsCopies() throws {
  let expected = [question + "\n\nIs it my cleats?", advice, agreement]
  let mybb = try copiedThread("mybb")
  #expect(mybb.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(mybb.posts.map(\.date) == ["2015-03-13T22:12", "2015-03-14T08:02", "2015-03-14T10:15"])
  #expect(mybb.posts.map(\.text) == expected)
  let vanilla = try copiedThread("vanilla")
  #expect(vanilla.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(vanilla.posts.map(\.text) == expected)
  let healthUnlocked = try copiedThread("healthunlocked")
  #expect(healthUnlocked.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(healthUnlocked.posts.map(\.likes) == [0, 4, 1])
  #expect(healthUnlocked.posts.map(\.text) == expected)
}

@Test(
  "Whole pages of Invision 4 and 3, MyBB and SMF: their links, edit notes, page lists and phone signatures are neither posts nor text"
)
func enginePageChrome() throws {
  let expected = [question + "\n\nIs it my cleats?", advice, agreement]
  let invision = try copiedThread("invision-page")
  // Not "By ana_r, March 3, 2015 in Road Cycling", the line under the title.
  #expect(invision.title == "Knee pain after long rides")
  #expect(invision.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(invision.posts.map(\.text) == expected)
  let invision3 = try copiedThread("invision3-page")
  #expect(invision3.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(
    invision3.posts.map(\.date) == ["2015-03-03T22:12", "2015-03-04T08:02", "2015-03-04T10:15"])
  #expect(invision3.posts.map(\.text) == expected)
  let mybb = try copiedThread("mybb-page")
  // "Posting Freak" under "Bike Fitter" is the forum's rank for the poster, not a name.
  #expect(mybb.posts.map(\.author) == ["Ana Rider", "Bike Fitter", "dave"])
  #expect(mybb.posts.map(\.date) == ["2015-03-13T22:12", "2015-03-14T08:02", "2015-03-14T10:15"])
  #expect(mybb.posts.map(\.text) == expected)
  let smf = try copiedThread("smf-page")
  #expect(smf.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(smf.posts.map(\.text) == expected)
}

@Test(
  "XenForo 1, phpBB 2 and UBB.threads copies: a signature under the post, 'PostPosted: DATE Post subject:', '#N - DATE Re: TITLE'"
)
func olderEngineCopies() throws {
  let expected = [question + "\n\nIs it my cleats?", advice, agreement]
  let xenForo1 = try copiedThread("xenforo1")
  // "ana_r, Mar 3, 2015 #1" under the text signs the post above it, not the one below.
  // A name of any shape counts above a rank and in a signature.
  #expect(xenForo1.posts.map(\.author) == ["ana_r", "bikefitter", "dave r. smith"])
  #expect(xenForo1.posts.map(\.date) == ["2015-03-03", "2015-03-04", "2015-03-04"])
  #expect(xenForo1.posts.map(\.likes) == [0, 1, 0])
  #expect(xenForo1.posts.map(\.text) == expected)
  let phpBB2 = try copiedThread("phpbb2")
  #expect(phpBB2.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(
    phpBB2.posts.map(\.date) == ["2015-03-03T22:12", "2015-03-04T08:02", "2015-03-04T10:15"])
  #expect(phpBB2.posts.map(\.text) == expected)
  let ubb = try copiedThread("ubbthreads")
  #expect(ubb.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
  #expect(ubb.posts.map(\.date) == ["2015-03-13T22:12", "2015-03-14T08:02", "2015-03-14T10:15"])
  #expect(ubb.posts.map(\.text) == expected)
}

@Test(
  "vBulletin's archive and phpBB's print view: 'View Full Version :' titles, 'NAME [ DATE ]' bylines, 'Post subject:' lines and page positions"
)
func archiveAndPrintViews() throws {
  let expected = [question + "\n\nIs it my cleats?", advice, agreement]
  for name in ["vbulletin-archive", "phpbb-print"] {
    let thread = try copiedThread(name)
    #expect(thread.title == "Knee pain after long rides")
    #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter", "dave"])
    #expect(
      thread.posts.map(\.date) == ["2015-03-13T22:12", "2015-03-14T08:02", "2015-03-14T10:15"])
    #expect(thread.posts.map(\.text) == expected)
  }
}

@Test(
  "A whole Stack Exchange page copy takes its title above 'Asked', each post's author from the card below it, its score as likes, and leaves tags, comments and the sidebar out"
)
func stackExchangePageCopy() throws {
  let thread = try copiedThread("stackexchange-page")
  #expect(thread.title == "Knee pain after long rides")
  // The question's "edited" card names its editor; the "asked" card its poster.
  #expect(thread.posts.map(\.author) == ["ana_r", "Bike Fitter", "Dave R. Smith"])
  #expect(
    thread.posts.map(\.date) == ["2015-03-13T22:12", "2015-03-14T08:02", "2015-03-14T10:15"])
  #expect(thread.posts.map(\.likes) == [5, 7, 3])
  #expect(thread.posts.map(\.text) == [question + "\n\nIs it my cleats?", advice, agreement])
}

@Test(
  "Lines of a post that look like engine lines stay its text: a day in a sentence, a numbered list item"
)
func lookalikeLinesStayText() throws {
  let text = """
    Knee pain after long rides
    ana_r
    Posted March 3, 2015
    My knee hurts after rides over three hours.

    Today in the evening I should be able to try the cleats.

    #1 Stretching
    #2 Rest

    Quote
    """
  let thread = try CopiedTextReader.thread(from: text, id: "knee", path: "knee.txt")
  #expect(thread.posts.count == 1)
  #expect(thread.posts.first?.text.hasSuffix("#1 Stretching\n#2 Rest") == true)
  #expect(thread.posts.first?.text.contains("Today in the evening") == true)
}

@Test("A new Reddit copy that opens with the subreddit takes the post's own title")
func newRedditSubredditFirst() throws {
  let text = """
    r/cycling
    Posted by u/ana_r
    3 yr. ago
    Knee pain after long rides
    My knee hurts after rides over three hours. Is it my cleats?
    12 comments
    Share
    Save
    Hide
    Report
    94% Upvoted
    Sort by: best
    level 1
    bikefitter
    · 3 yr. ago
    Check your cleat rotation first. A heel turned in twists the knee on every stroke.
    15
    Reply
    Share
    """
  let thread = try CopiedTextReader.thread(from: text, id: "knee", path: "knee.txt")
  #expect(thread.title == "Knee pain after long rides")
  #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter"])
  #expect(thread.posts.map(\.text) == [question + " Is it my cleats?", advice])
}

@Test("A copy with no post boundary at all is one post, with a warning naming the file")
func noBoundaryCopy() throws {
  let path = try Fixture.path("copied-text/no-boundary.txt")
  let text = try String(contentsOfFile: path, encoding: .utf8)
  let reading = try CopiedTextReader.reading(from: text, id: "no-boundary", path: path)
  #expect(reading.thread.posts.count == 1)
  #expect(reading.warning?.hasPrefix(path) == true)
  #expect(reading.warning?.contains("one post") == true)
  let split = try copiedThread("xenforo")
  #expect(split.posts.count == 4)
}

@Test("'X said:' and 'X wrote:' are quote headers, never a post's author line")
func quoteHeadersAreNotAuthors() throws {
  let text = """
    Saddle sores

    ben
    Jun 3, 2019

    Any cream you would recommend?

    carla
    Jun 4, 2019

    ben said:
    Any cream you would recommend?

    Chamois cream, applied generously before every ride.
    """
  let thread = try CopiedTextReader.thread(from: text, id: "sores", path: "sores.txt")
  #expect(thread.posts.map(\.author) == ["ben", "carla"])
  #expect(thread.post(2)?.text == "Chamois cream, applied generously before every ride.")
  #expect(thread.post(2)?.quotes == [QuotedPost(post: 1, author: "ben")])
}

@Test(
  "Forum date lines are read at the precision they give",
  arguments: [
    ("Mar 3, 2015 10:12 PM", "2015-03-03T22:12"), ("Mar 3, 2015", "2015-03-03"),
    ("11-13-09, 07:41 PM", "2009-11-13T19:41"), ("03/03/2015", "2015-03-03"),
    ("2015-03-03 22:12", "2015-03-03T22:12"), ("Tue Mar 03, 2015 10:12 pm", "2015-03-03T22:12"),
    ("Mar '15", "2015-03"), ("5h ago", nil), ("2 years ago", nil),
    ("Yesterday at 9:14 AM", nil), ("Today, 07:41 PM", nil), ("· 3h · edited 2h", nil),
    ("March 3rd, 2015", "2015-03-03"), ("3.4.2015", "2015"), ("· 3 yr. ago", nil),
  ] as [(String, String?)])
func forumDates(line: String, iso: String?) throws {
  let date = try #require(CopiedTextReader.PostDate(line: line[...]))
  #expect(date.iso8601 == iso)
}

@Test(
  "A Discourse copy with full names: the topic map is no post, 'Full Name:' quotes whole paragraphs, \"Mar '98\" is 1998"
)
func discourseFullNamesCopy() throws {
  let thread = try copiedThread("discourse-full-names")
  #expect(thread.posts.map(\.author) == ["Ana Ruiz", "Bike Fitter", "Dave Okafor"])
  #expect(thread.posts.map(\.date) == ["1998-03", "1998-03", "1998-04"])
  #expect(thread.posts.map(\.text) == [question + "\n\nIs it my cleats?", advice, agreement])
  #expect(thread.post(2)?.quotes == [QuotedPost(post: 1, author: "Ana Ruiz")])
  #expect(thread.post(3)?.quotes == [QuotedPost(post: 2, author: "Bike Fitter")])
}

@Test(
  "A copy of the whole page: the menus above the title and below the last post are no posts, a quote with no blank line after it ends where the reply's words begin"
)
func wholePageCopies() throws {
  let phpBB = try copiedThread("phpbb-page")
  #expect(phpBB.title == "Lower back pain after 10k pieces - technique or something else?")
  #expect(
    phpBB.posts.map(\.author) == [
      "ergrat_mike", "Dave_H", "ergrat_mike", "Carla_R", "oarsome_pete", "Dave_H",
      "lightweight_lou", "ergrat_mike",
    ])
  #expect(phpBB.post(3)?.quotes == [QuotedPost(post: 2, author: "Dave_H")])
  #expect(phpBB.post(3)?.text.hasPrefix("Just watched the video again") == true)
  #expect(phpBB.post(8)?.text.hasPrefix("Update for the archive") == true)
  let xenForo = try copiedThread("xenforo-page")
  #expect(
    xenForo.title == "Calf cramps at night after long runs - magnesium, salt, or something else?")
  #expect(
    xenForo.posts.map(\.author) == [
      "Becca_runs_Leeds", "Doddsy", "tortoise_tim", "RunnerBeanie", "Becca_runs_Leeds",
      "Gazza_M", "Doddsy", "NurseKaz", "Becca_runs_Leeds",
    ])
  #expect(xenForo.posts.map(\.likes) == [1, 3, 1, 2, 1, 0, 2, 5, 3])
  #expect(xenForo.post(9)?.text.hasPrefix("Quick update in case anyone finds this thread") == true)
}

@Test(
  "A whole-page Discourse copy: the skip link and log-in menu are no title, the category and timeline no post, related topics no posts"
)
func discoursePageCopy() throws {
  let thread = try copiedThread("discourse-page")
  #expect(thread.title == "Can't sleep after evening VO2/threshold workouts")
  #expect(
    thread.posts.map(\.author) == [
      "mattl_gravel", "Jevo", "lizzie_k", "mattl_gravel", "andy_r_cycling", "Pbase", "rk_tri",
      "mattl_gravel", "Jevo",
    ])
  #expect(thread.posts.map(\.likes) == [4, 12, 6, 2, 3, 9, 1, 14, 3])
}

@Test(
  "A whole-page vBulletin 4 copy: 'Reload this Page' names the title, the poster's mention and like counts are details, 'Likes For NAME:' counts the names under it"
)
func vBulletin4PageCopy() throws {
  let thread = try copiedThread("vbulletin4-page")
  #expect(thread.title == "Outside of knee hurts after switching to SPD-SL cleats")
  #expect(
    thread.posts.map(\.author) == [
      "ridgeline_rob", "grumpy_fitter", "spinnyfast", "ridgeline_rob", "Wheelsucker_Ed",
      "hazet36", "BlueRidgeRandonneur", "ridgeline_rob", "grumpy_fitter",
    ])
  #expect(thread.posts.map(\.likes) == [0, 2, 1, 0, 0, 1, 1, 3, 1])
  #expect(thread.post(5)?.text == "+1 to what grumpy said.")
}

@Test(
  "A whole-page Vanilla copy: crumbs are no title, reactions one a line are the post's likes, 'NAME wrote: »' quotes, a badge after the rank"
)
func vanillaPageCopy() throws {
  let thread = try copiedThread("vanilla-page")
  #expect(thread.title == "Lower back pain the day after deadlifts - form or something else?")
  #expect(
    thread.posts.map(\.author) == [
      "squatqueen_k", "deadliftdave", "squatqueen_k", "LiftingMom79", "gymrat_in_ohio", "AnnPT",
      "tinybutmighty_", "squatqueen_k",
    ])
  #expect(thread.posts.map(\.likes) == [0, 7, 1, 5, 1, 6, 1, 7])
  #expect(thread.posts.first?.date == "2022-02")
  #expect(thread.post(3)?.quotes == [QuotedPost(post: 2, author: "deadliftdave")])
}

@Test(
  "A whole-page patient.info copy: the title above the first date, 'NAME REPLIED-TO' above a reply, 'Report / Flag' under it"
)
func patientPageCopy() throws {
  let thread = try copiedThread("patient-page")
  #expect(
    thread.title
      == "Plantar fasciitis for 8 months, nothing is working and I'm feeling really low")
  #expect(
    thread.posts.prefix(10).map(\.author) == [
      "maureen_48210", "tim57", "lisa_76034", "maureen_48210", "lisa_76034", "george29015",
      "footsore_jen", "helen_13872", "maureen_48210", "tim57",
    ])
  #expect(thread.posts.prefix(10).map(\.likes) == [0, 3, 2, 0, 1, 4, 1, 2, 6, 1])
}

@Test(
  "Whole-page copies of boards where anyone posts under any words (LetsRun) and of HealthUnlocked: a handle above a date is the author, 'HANDLE wrote:' quotes, 'in reply to NAME' belongs to the header"
)
func handleAndReplyToPageCopies() throws {
  let letsRun = try copiedThread("letsrun-page")
  #expect(
    letsRun.posts.map(\.author) == [
      "shinsofglass", "ex-D2 guy", "lol", "shinsofglass", "cadence nerd", "Mulekick",
      "Coach K (not that one)", "flagpole", "FormerShinSplintGuy", "shinsofglass",
    ])
  #expect(letsRun.post(4)?.quotes == [QuotedPost(post: 2, author: "ex-D2 guy")])
  let healthUnlocked = try copiedThread("healthunlocked-page")
  #expect(healthUnlocked.title == "Heartburn on every run since week 5 - anyone else?")
  #expect(
    healthUnlocked.posts.map(\.author) == [
      "JoggingJen62", "Oldfloss", "JoggingJen62", "Runtheworld_Sue", "DaveC_at_50", "Lesleyruns",
      "Oldfloss", "Slowbutsteady_Ali", "JoggingJen62", "Runtheworld_Sue",
    ])
  #expect(healthUnlocked.posts.map(\.likes) == [14, 9, 2, 5, 6, 3, 1, 2, 11, 1])
}

@Test(
  "A whole-page Mumsnet copy: the notice above every thread is no title; 'OP posts: See next See all', advertisements and the sign-up notice below are no posts"
)
func mumsnetPageCopy() throws {
  let thread = try copiedThread("mumsnet-page")
  #expect(thread.title == "Stiff neck and shoulders from WFH - what actually helped you?")
  // The sign-up notice and the site's menus below the last post are no post.
  #expect(
    thread.posts.map(\.author) == [
      "Tiredandcreaky", "WheresTheCoffee", "OhForPetesSake", "Bramblesandbrambles",
      "Tiredandcreaky", "Mumof3underfive", "Notanothermondaymorning", "WheresTheCoffee",
      "HappyHedgehog22", "Tiredandcreaky",
    ])
  #expect(thread.posts.first?.date == "2024-01-14T20:47")
}

@Test(
  "A whole-page new Reddit copy: the title under the subreddit and poster, votes between 'Upvote' and 'Downvote' are likes, a reply opening with an earlier post's words quotes it"
)
func redditPageCopy() throws {
  let thread = try copiedThread("reddit-page")
  #expect(
    thread.title
      == "IT band pain on the outside of my knee always kicks in around mile 4. What actually fixed it for you?"
  )
  #expect(
    thread.posts.map(\.author) == [
      "slowcoach_dan", "hillrepeatsforever", "slowcoach_dan", "hillrepeatsforever",
      "kettlebellkate", "marathon_mitch", "slowcoach_dan", "d_ferreira_runs", "quietkmrunner",
      "slowcoach_dan", "runningonempty_88",
    ])
  #expect(thread.posts.map(\.likes) == [142, 163, 41, 58, 19, 88, 23, 34, 12, 76, 9])
  #expect(thread.post(6)?.text.hasPrefix("Stop doing that lol.") == true)
  #expect(thread.post(6)?.quotes.map(\.author) == ["slowcoach_dan"])
}

@Test(
  "A whole-page old Reddit copy: the sidebar is no post, 'TITLE (self.SUB)' is the title, a flair run into the poster's name is no part of it"
)
func oldRedditPageCopy() throws {
  let thread = try copiedThread("reddit-old-page")
  #expect(thread.title == "Saddle sores are ruining my summer. What actually works?")
  // Nor is the footer with its notice of terms.
  #expect(
    thread.posts.map(\.author) == [
      "pedal_pusher_88", "wheelsuck_wendy", "pedal_pusher_88", "ride_or_dai", "gravel_grinder_77",
      "pedal_pusher_88", "SlowAndHeavyRider", "bikelane_bandit", "tomasz_on_wheels", "not_a_cat_6",
      "wheelsuck_wendy",
    ])
  #expect(
    thread.posts.dropFirst().prefix(10).map(\.likes) == [112, 31, 18, 64, 14, 27, 9, 11, 3, 7])
}
