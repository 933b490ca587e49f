import Testing

@testable import TipsFetch

@Test(
  "Addresses are told apart by the shape of their path",
  arguments: zip(
    [
      "https://forum.example.org/t/knee-pain-on-the-stairs/5150",
      "https://forum.example.org/t/knee-pain-on-the-stairs/5150/7",
      "http://forum.example.org:8080/t/5150",
      "https://example.org/community/t/some-topic/42?u=me",
      "https://www.reddit.com/r/running/comments/1b2c3d4/shin_splints_rest_or_run_through/",
      "https://old.reddit.com/comments/1b2c3d4",
      "https://fitness.stackexchange.com/questions/48690/shin-pain-after-increasing-mileage",
      "https://www.stackoverflow.com/q/123",
    ],
    [
      ThreadURL.discourse(origin: "https://forum.example.org", topicID: 5150),
      .discourse(origin: "https://forum.example.org", topicID: 5150),
      .discourse(origin: "http://forum.example.org:8080", topicID: 5150),
      .discourse(origin: "https://example.org/community", topicID: 42),
      .reddit(page: "https://www.reddit.com/r/running/comments/1b2c3d4", postID: "1b2c3d4"),
      .reddit(page: "https://old.reddit.com/comments/1b2c3d4", postID: "1b2c3d4"),
      .stackExchange(site: "fitness.stackexchange.com", questionID: 48690),
      .stackExchange(site: "stackoverflow.com", questionID: 123),
    ]))
func threadShapes(address: String, expected: ThreadURL) throws {
  #expect(try ThreadURL(address) == expected)
}

@Test(
  "Other schemes and other pages are refused with one line",
  arguments: zip(
    [
      "ftp://forum.example.org/t/topic/5150",
      "file:///etc/passwd",
      "https://forum.example.org/latest",
      "https://www.reddit.com/r/running/",
      "https:///t/5150",
    ],
    [
      "ftp://forum.example.org/t/topic/5150: only http and https addresses can be fetched",
      "file:///etc/passwd: only http and https addresses can be fetched",
      "https://forum.example.org/latest: not a thread address tips knows (a Discourse topic "
        + "/t/…, a Reddit comments page /r/…/comments/…, a Stack Exchange question /questions/…)",
      "https://www.reddit.com/r/running/: not a thread address tips knows (a Discourse topic "
        + "/t/…, a Reddit comments page /r/…/comments/…, a Stack Exchange question /questions/…)",
      "https:///t/5150: not a thread address tips knows (a Discourse topic "
        + "/t/…, a Reddit comments page /r/…/comments/…, a Stack Exchange question /questions/…)",
    ]))
func refusedAddresses(address: String, message: String) {
  #expect(throws: FetchError.self) { try ThreadURL(address) }
  do {
    _ = try ThreadURL(address)
  } catch {
    #expect(error.description == message)
  }
}

@Test(
  "An argument with a scheme is an address; a path is a file",
  arguments: zip(
    ["https://x.org/t/1", "ftp://x.org/a", "corpus/", "notes:today.txt", "C:\\threads"],
    [true, true, false, false, false]))
func addressOrFile(argument: String, isAddress: Bool) {
  #expect(ThreadURL.isAddress(argument) == isAddress)
}
