import Foundation
import Testing
import TipsCore

@testable import TipsIngest

@Test("A copy with author and date lines splits on them and keeps who wrote what and when")
func headersSplitPosts() throws {
  let text = """
    Knee pain after long rides

    ana_r
    Jun '19

    My knee hurts after rides over three hours.

    Is it my saddle height?

    bikefitter
    June 12, 2019, 3:04pm

    Raise the saddle 5 mm and see.

    Try it for a week before changing anything else.

    ana_r
    3 days ago
    It worked, thank you!
    """
  let thread = try CopiedTextReader.thread(from: text, id: "knee", path: "knee.txt")
  #expect(thread.title == "Knee pain after long rides")
  #expect(thread.posts.map(\.author) == ["ana_r", "bikefitter", "ana_r"])
  #expect(thread.posts.map(\.date) == ["2019-06", "2019-06-12T15:04", nil])
  #expect(
    thread.posts.map(\.text) == [
      "My knee hurts after rides over three hours.\n\nIs it my saddle height?",
      "Raise the saddle 5 mm and see.\n\nTry it for a week before changing anything else.",
      "It worked, thank you!",
    ])
}

@Test("'2 Likes' and '1 Reply' lines end a post and give its likes")
func footerLinesEndPosts() throws {
  let text = """
    Sore neck on the bike

    My neck is sore after every ride. What helps?

    Lower your bars a little less aggressively.
    2 Likes

    1 Reply

    I had the same and a shorter stem fixed it.

    Solution

    Solved by coach in post #3
    """
  let thread = try CopiedTextReader.thread(from: text, id: "neck", path: "neck.txt")
  #expect(
    thread.posts.map(\.text) == [
      "My neck is sore after every ride. What helps?",
      "Lower your bars a little less aggressively.",
      "I had the same and a shorter stem fixed it.",
    ])
  #expect(thread.posts.map(\.likes) == [0, 2, 0])
  #expect(thread.posts.map(\.isAccepted) == [false, false, true])
  #expect(thread.post(3)?.author == "coach")
}

@Test("A '+1' paragraph starts a new post that agrees with nobody in particular")
func plusOneStartsPost() throws {
  let text = """
    Cold feet in winter

    My toes go numb after an hour. Any tips?

    Wool socks and overshoes. The overshoes matter most.

    +1 for overshoes, they changed winter riding for me.
    """
  let thread = try CopiedTextReader.thread(from: text, id: "feet", path: "feet.txt")
  #expect(
    thread.posts.map(\.text) == [
      "My toes go numb after an hour. Any tips?",
      "Wool socks and overshoes. The overshoes matter most.",
      "+1 for overshoes, they changed winter riding for me.",
    ])
  #expect(thread.posts.map(\.replyTo) == [nil, nil, nil])
}

@Test("A paragraph opening with 'Also,' stays in the post it continues, even the opener")
func alsoContinuesPost() throws {
  let text = """
    Tight hamstrings

    My hamstrings have been tight for a month.

    Also, my lower back aches after long rides.

    Hi! Stretch them after every ride, not before.

    Also, foam roll them while watching TV.

    Thanks, I'll try both.
    """
  let thread = try CopiedTextReader.thread(from: text, id: "hams", path: "hams.txt")
  #expect(
    thread.posts.map(\.text) == [
      "My hamstrings have been tight for a month.\n\nAlso, my lower back aches after long rides.",
      "Hi! Stretch them after every ride, not before.\n\nAlso, foam roll them while watching TV.",
      "Thanks, I'll try both.",
    ])
}

@Test("A sign-off closes a post, so the next paragraph is another reply")
func signOffClosesPost() throws {
  let text = """
    Hip pain on climbs

    My right hip hurts on every long climb. Ideas?

    I had the same. A bike fit sorted it out for me.

    Good luck!

    My physio had me do clam shells for two weeks and the pain went away.
    """
  let thread = try CopiedTextReader.thread(from: text, id: "hip", path: "hip.txt")
  #expect(
    thread.posts.map(\.text) == [
      "My right hip hurts on every long climb. Ideas?",
      "I had the same. A bike fit sorted it out for me.\n\nGood luck!",
      "My physio had me do clam shells for two weeks and the pain went away.",
    ])
}

@Test("An agreement naming someone answers their post; unknown, the post most alike in wording")
func agreementNamesTarget() throws {
  let text = """
    Knee pain

    My knee aches on the outside after rides. What could it be?

    Sounds like your IT band. Foam roll the outside of the thigh and strengthen your glutes.


    Check your cleat position first, a cleat rotated too far in twists the knee.
    2 Likes

    What Sam said, cleat rotation was exactly my problem last spring.

    I agree with Sam. Also look at your saddle height.
    """
  let thread = try CopiedTextReader.thread(from: text, id: "knee", path: "knee.txt")
  #expect(thread.posts.map(\.replyTo) == [nil, nil, nil, 3, 3])
  #expect(thread.posts.map(\.author) == [nil, nil, "sam", nil, nil])
}

@Test("An agreement naming someone unknown answers the later of two posts with the same words")
func agreementTieAnswersLaterPost() throws {
  let advice =
    "Lower your saddle a few millimetres, check the cleat rotation, stretch your hamstrings"
    + " after every ride, and foam roll the quads and calves before long climbs."
  let text = """
    Knee pain on climbs

    My knee hurts near the kneecap on long climbs. What should I change?


    \(advice)


    \(advice)


    What Sam said, lowering the saddle and foam rolling the quads fixed my climbs.
    """
  let thread = try CopiedTextReader.thread(from: text, id: "climbs", path: "climbs.txt")
  #expect(thread.posts.map(\.replyTo) == [nil, nil, nil, 3])
  #expect(thread.posts.map(\.author) == [nil, nil, "sam", nil])
}

@Test("An @mention answers that user's latest post, or the opener when nobody has that name")
func mentionReplies() throws {
  let text = """
    Saddle sores

    ben
    Jun 3

    Any cream you would recommend?

    carla
    Jun 4

    Chamois cream, applied generously before every ride.

    dev
    Jun 5

    @carla which brand do you use?

    erin
    Jun 5

    @someone_new you might like the thread on bib shorts.
    """
  let thread = try CopiedTextReader.thread(from: text, id: "sores", path: "sores.txt")
  #expect(thread.posts.map(\.replyTo) == [nil, nil, 2, nil])
  #expect(thread.posts.map(\.author) == ["ben", "carla", "dev", "erin"])
}

@Test("Without headers, an @mention of an unknown user names the opener's author")
func mentionNamesOpener() throws {
  let text = """
    Numb hands

    My hands go numb on long rides. What should I change?

    Get wider bars.

    @maria, rotate your hoods up a little and see if the pressure moves.
    """
  let thread = try CopiedTextReader.thread(from: text, id: "hands", path: "hands.txt")
  #expect(thread.posts.map(\.replyTo) == [nil, nil, 1])
  #expect(thread.post(1)?.author == "maria")
}

@Test("A copy with only a title has no posts", arguments: ["", "Just a title\n\n"])
func titleOnlyHasNoPosts(text: String) {
  #expect(throws: IngestError.noPosts(path: "t.txt", format: "copied text")) {
    try CopiedTextReader.thread(from: text, id: "t", path: "t.txt")
  }
}
