package slack

import (
	"context"
	"strings"
	"testing"
	"time"

	goslack "github.com/slack-go/slack"

	"github.com/mindbraintms/clinicbot/internal/clinicbot"
)

func TestPlainConvertsSlackFormatting(t *testing.T) {
	tests := []struct{ in, want string }{
		{"*Bold* and _italic_ and ~gone~", "Bold and italic and gone"},
		{"see <https://x.org/a?b=1|the page>", "see the page (https://x.org/a?b=1)"},
		{"<https://x.org>", "https://x.org"},
		{"ask <@U123|Priya> or <@U999>", "ask @Priya or @staff"},
		{"<!here> &lt;tag&gt; &amp; more", "@here <tag> & more"},
		{"`code` and ```block```", "code and block"},
	}
	for _, tt := range tests {
		if got := Plain(tt.in); got != tt.want {
			t.Errorf("Plain(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnclaimedHandoffIsReannouncedOnce(t *testing.T) {
	e := newEnv(t, Options{})
	old := e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "5"})
	old.Created = time.Now().Add(-20 * time.Minute)
	old.Ref, old.Status = "1.1", clinicbot.HandoffSent
	e.db.SaveHandoff(old)
	claimed := e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffPerson, ChatID: "6"})
	claimed.Created, claimed.Ref, claimed.Status, claimed.ClaimedByID = old.Created, "1.2", clinicbot.HandoffSent, "U1"
	e.db.SaveHandoff(claimed)
	e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "7"}) // new, not yet due

	api := goslack.New(token, goslack.OptionAPIURL(e.fake.APIURL()))
	staff := NewStaff(api, e.db, StaffOptions{Channel: channel, Layout: layout, ReannounceAfter: 15 * time.Minute})
	staff.Reannounce(context.Background())
	staff.Reannounce(context.Background())
	posts := e.fake.Posts()
	if len(posts) != 1 || !strings.Contains(posts[0].Text, "Still unclaimed") || !strings.Contains(posts[0].Text, "#"+old.ID) {
		t.Errorf("posts = %+v, want one re-announcement of #%s", posts, old.ID)
	}
}

// Turning Socket Mode on with many old unclaimed handoffs must not flood
// the channel: what waited from before the staff side started is not
// announced again, and at most a few are posted a round (issue 12, item 17).
func TestReannouncementsDoNotFloodTheChannel(t *testing.T) {
	e := newEnv(t, Options{})
	for i := 0; i < 20; i++ { // from two days ago, before Socket Mode was on
		h := e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "5"})
		h.Created, h.Ref, h.Status = time.Now().Add(-48*time.Hour), "1."+h.ID, clinicbot.HandoffSent
		e.db.SaveHandoff(h)
	}
	for i := 0; i < 5; i++ { // waiting 20 minutes now
		h := e.add(t, clinicbot.Handoff{Kind: clinicbot.HandoffAppointment, ChatID: "6"})
		h.Created, h.Ref, h.Status = time.Now().Add(-20*time.Minute), "2."+h.ID, clinicbot.HandoffSent
		e.db.SaveHandoff(h)
	}
	api := goslack.New(token, goslack.OptionAPIURL(e.fake.APIURL()))
	staff := NewStaff(api, e.db, StaffOptions{Channel: channel, Layout: layout, ReannounceAfter: 15 * time.Minute})
	staff.Reannounce(context.Background())
	if n := len(e.fake.Posts()); n != reannounceBatch {
		t.Errorf("first round posted %d, want %d", n, reannounceBatch)
	}
	staff.Reannounce(context.Background())
	staff.Reannounce(context.Background())
	if n := len(e.fake.Posts()); n != 5 {
		t.Errorf("posted %d in all, want the 5 recent ones once each and none of the 20 old", n)
	}
}
