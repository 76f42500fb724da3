"""Posts as records: edit with targets, steps, checklist and assets; remove and restore;
reschedule and its undo; rights and bad input."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from app.calendar.drafts import media_dir
from app.calendar.types import AssetDraft, CheckDraft, StepDraft, TargetDraft
from app.db.errors import NotFound, StaleEdit
from app.team.rights import Forbidden
from app.validation import InvalidInput
from app.workspace import Workspace
from tests.calendar.core_support import DAY, add_post, at, make_team


def test_edit_keeps_children_uuids_and_removes_what_was_dropped(workspace: Workspace) -> None:
    team = make_team(workspace)
    post = add_post(
        workspace,
        "双12 预热 teaser",
        at(DAY),
        (team.weibo, team.instagram),
        steps=(StepDraft("Script", team.producer, DAY), StepDraft("Shoot")),
        checklist=(CheckDraft("Legality"), CheckDraft("Brand consistency")),
        tags=("#双12", "launch"),
    )
    assert post.tags == ("双12", "launch")
    weibo = post.targets[0]
    draft = post.draft()
    draft = replace(
        draft,
        targets=(replace(draft.targets[0], text="微博版本 #双12#"),),
        steps=(*draft.steps[:1], replace(draft.steps[1], done=True)),
        checklist=(replace(draft.checklist[0], checked=True), draft.checklist[1]),
    )
    after = workspace.calendar.posts.update(post.uuid, post.version, draft)
    assert [t.uuid for t in after.targets] == [weibo.uuid]
    assert after.targets[0].text == "微博版本 #双12#"
    assert [s.uuid for s in after.steps] == [s.uuid for s in post.steps]
    assert after.steps[1].done and not after.steps[0].done
    assert after.checklist[0].checked_by == "Lin Wei"
    assert after.version > post.version
    with pytest.raises(StaleEdit):
        workspace.calendar.posts.update(post.uuid, post.version, draft)


def test_remove_and_restore_put_everything_back(workspace: Workspace) -> None:
    team = make_team(workspace)
    posts = workspace.calendar.posts
    post = add_post(workspace, "Review me", at(DAY), (team.weibo,), steps=(StepDraft("Edit"),))
    post = posts.act(post.uuid, post.version, "start").post
    post = posts.act(post.uuid, post.version, "submit").post
    post = posts.act(post.uuid, post.version, "reject", reason="typo").post
    posts.add_comment(post.uuid, "fixed?")
    before = posts.get(post.uuid)
    removed = posts.remove(post.uuid)
    assert workspace.calendar.queries.page().total == 0
    back = posts.restore(removed)
    assert back.uuid == before.uuid
    assert back.status == "drafting" and back.rejection_reason == "typo"
    assert [t.uuid for t in back.targets] == [t.uuid for t in before.targets]
    assert [s.uuid for s in back.steps] == [s.uuid for s in before.steps]
    assert back.comments == before.comments
    assert back.approvals == before.approvals


def test_reschedule_a_post_and_undo_it(workspace: Workspace) -> None:
    team = make_team(workspace)
    posts = workspace.calendar.posts
    own = at(DAY, 12)
    post = add_post(workspace, "Move me", at(DAY), (team.weibo,))
    draft = replace(
        post.draft(),
        targets=(*post.draft().targets, TargetDraft(team.instagram.uuid, scheduled_at=own)),
    )
    post = posts.update(post.uuid, post.version, draft)
    moved = posts.reschedule(post.uuid, post.version, at(DAY + timedelta(days=3), 9))
    assert moved.before == at(DAY)
    detail = posts.get(post.uuid)
    assert detail.scheduled_at == at(DAY + timedelta(days=3), 9)
    # a target with its own time keeps its offset from the post
    assert detail.targets[1].scheduled_at == own + timedelta(days=3, hours=-1)
    back = posts.reschedule(post.uuid, moved.post.version, moved.before, moved.target_uuid)
    assert back.post.scheduled_at == at(DAY)
    assert posts.get(post.uuid).targets[1].scheduled_at == own
    # one target alone
    one = posts.reschedule(post.uuid, back.post.version, at(DAY, 20), detail.targets[1].uuid)
    assert one.before == own and posts.get(post.uuid).targets[1].scheduled_at == at(DAY, 20)


def test_published_posts_do_not_move_and_editing_needs_the_right(workspace: Workspace) -> None:
    team = make_team(workspace)
    posts = workspace.calendar.posts
    post = add_post(workspace, "Done", at(DAY), (team.weibo,))
    for action in ("start", "submit", "approve", "schedule", "publish"):
        post = posts.act(post.uuid, post.version, action).post
    assert post.targets[0].status == "published" and post.targets[0].published_at is not None
    with pytest.raises(InvalidInput):
        posts.reschedule(post.uuid, post.version, at(DAY, 18))
    workspace.acting.choose(team.analyst)
    with pytest.raises(Forbidden):
        add_post(workspace, "Not mine", at(DAY))
    with pytest.raises(Forbidden):
        posts.remove(post.uuid)


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("title", "   "),
        ("content_type_code", "podcast"),
        ("scheduled_at", at(DAY).replace(tzinfo=None)),
        ("owner_uuid", "00000000-0000-4000-8000-000000000000"),
    ],
)
def test_bad_input_is_refused(workspace: Workspace, field: str, value: object) -> None:
    make_team(workspace)
    post = add_post(workspace, "Fine", at(DAY))
    with pytest.raises((InvalidInput, NotFound)):
        workspace.calendar.posts.update(
            post.uuid, post.version, replace(post.draft(), **{field: value})
        )
    assert workspace.calendar.posts.get(post.uuid).title == "Fine"


def test_the_same_account_twice_is_refused(workspace: Workspace) -> None:
    team = make_team(workspace)
    with pytest.raises(InvalidInput):
        add_post(workspace, "Twice", at(DAY), (team.weibo, team.weibo))


def test_assets_are_copied_or_referenced_and_a_missing_file_is_flagged(
    workspace: Workspace, tmp_path: Path
) -> None:
    make_team(workspace)
    cover = tmp_path / "cover.png"
    cover.write_bytes(b"\x89PNG fake")
    script = tmp_path / "script.docx"
    script.write_bytes(b"doc")
    post = add_post(
        workspace,
        "With files",
        at(DAY),
        assets=(AssetDraft(str(cover), copy=True), AssetDraft(str(script))),
    )
    copied, referenced = post.assets
    assert copied.copied and Path(copied.path).parent == media_dir() and copied.is_image
    assert Path(copied.path).read_bytes() == b"\x89PNG fake"
    assert not referenced.copied and referenced.path == str(script)
    script.unlink()
    again = workspace.calendar.posts.get(post.uuid)
    assert [a.exists for a in again.assets] == [True, False]
    assert "missing_asset" in [w.code for w in again.warnings]
    # saving again keeps the copy a copy
    kept = workspace.calendar.posts.update(post.uuid, again.version, again.draft())
    assert kept.assets[0].copied and kept.assets[0].path == copied.path


def test_team_content_types(workspace: Workspace) -> None:
    make_team(workspace)
    podcast = workspace.calendar.settings.add_content_type("Podcast", "播客")
    codes = [t.code for t in workspace.calendar.posts.content_types()]
    assert codes == ["article", "video", "live", "image_text", "short_video", "podcast"]
    post = add_post(workspace, "Episode 1", None, content_type_code=podcast.code)
    assert post.content_type_zh == "播客"
    with pytest.raises(InvalidInput):
        workspace.calendar.settings.add_content_type("podcast")
