from flask import (
    Blueprint,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_login import current_user

from clinnet.cases import (
    figures,
    forms,
    gate,
    outcomes,
    policies,
    polls,
    posts,
    profiles,
    reading,
    search,
    services,
    threads,
    welcome,
)
from clinnet.cases.models import State
from clinnet.core import limits
from clinnet.core.authz import Role, requires_role
from clinnet.core.errors import answers_json
from clinnet.core.routing import page_number
from clinnet.core.specialties import SPECIALTIES, specialty_label
from clinnet.notifications import emails

bp = Blueprint("cases", __name__, template_folder="templates")


bp.add_app_template_global(specialty_label, "specialty_label")


def _error(form, exc: services.CaseError) -> None:
    target = getattr(form, exc.field, None) if exc.field else None
    if target is not None and hasattr(target, "errors"):
        target.errors = [*target.errors, str(exc)]
    else:
        form.form_errors.append(str(exc))


def _replace_one(post, form, fields: dict[str, str]):
    """One finding of an edit not saved yet replaced in the form (nothing is stored); the
    panels show what is left."""
    try:
        fields = posts.replace_one(post, fields, request.form["replace_one"])
    except posts.CaseError as exc:
        _error(form, exc)
    else:
        for name, text in fields.items():
            getattr(form, name).data = text
    return _gate_view(post, fields, posts.scan_new_text(post, fields))


def _numbered(findings):
    return list(enumerate(findings, start=1))


def _gate_view(post, fields: dict[str, str], findings):
    """Per field: the highlighted source, its numbered findings (numbers run across fields)
    and the words to check that nothing flagged."""
    numbered = _numbered(findings)
    check = posts.words_to_check(post, fields, findings)
    panels = []
    for name, text in fields.items():
        mine = [(n, f) for n, f in numbered if f.field == name]
        if mine or name in check:
            panels.append({"field": name, "label": gate.field_label(post.kind, name),
                           "html": gate.highlight(text, mine), "findings": mine,
                           "check": check.get(name, [])})
    return panels


# --- feed, search ----------------------------------------------------------------------------

@bp.route("/cases/")
@bp.route("/")
@requires_role(Role.PHYSICIAN, otherwise="verification.status")
def feed():
    if welcome.is_due(current_user):
        return redirect(url_for("cases.welcome_page"))
    sort = request.args.get("sort", "newest")
    sort = sort if sort in services.FEED_SORTS else "newest"
    specialty = request.args.get("specialty") or None
    if specialty is not None and specialty not in SPECIALTIES:
        flash("Unknown specialty; showing every specialty.", "warning")
        specialty = None
    outcome = request.args.get("outcome")
    outcome = outcome if outcome in services.FEED_OUTCOMES else None
    page = page_number()
    cases, has_next = services.feed(sort, specialty, page, current_app.config["CASES_PAGE_SIZE"],
                                    outcome)
    new_counts = reading.new_reply_counts(current_user, [case.id for case in cases])
    return render_template("cases/feed.html", cases=cases, has_next=has_next, page=page,
                           sort=sort, specialty=specialty, specialties=SPECIALTIES,
                           outcome=outcome, new_counts=new_counts,
                           drafts=services.my_drafts(current_user),
                           review_count=services.review_count()
                           if policies.is_moderator(current_user) else 0)


@bp.route("/search")
def search_view():
    query = (request.args.get("q") or "")[:search.MAX_QUERY_LENGTH]
    page = page_number()
    page_size = current_app.config["CASES_PAGE_SIZE"]
    hits = search.search(query, limit=page_size + 1, offset=(page - 1) * page_size)
    return render_template("cases/search.html", query=query, hits=hits[:page_size],
                           has_next=len(hits) > page_size, page=page)


# --- the case life cycle ---------------------------------------------------------------------

def _attempt(action, *done) -> bool:
    """Run a service call for a POST that redirects: flash its refusal, or `done` (a message
    and its category) when it went through."""
    try:
        action()
    except services.CaseError as exc:
        flash(str(exc), "error")
        return False
    if done:
        flash(*done)
    return True


@bp.route("/cases/new", methods=["GET", "POST"])
@limits.apply("posting")
def new():
    form = forms.CaseForm()
    if form.validate_on_submit():
        try:
            case = services.create_case(current_user, form.to_input())
        except services.CaseError as exc:
            _error(form, exc)
        else:
            _flash_findings(posts.findings(case))
            return redirect(url_for("cases.view", case_id=case.id))
    status = 422 if form.errors or form.form_errors else 200
    return render_template("cases/edit.html", form=form, case=None, panels=[]), status


@bp.route("/cases/check/<kind>", methods=["POST"])
@limits.apply("live_check")
def live_check(kind):
    """The editor's live de-identification check (JSON; the page works without it)."""
    if kind not in posts.KINDS:
        abort(404)
    try:
        findings, check = posts.check_draft(kind, request.form)
    except posts.CaseError as exc:
        return {"error": str(exc)}, 413
    still_open = gate.open_findings(findings)
    html = render_template("cases/_live_check.html", findings=_numbered(still_open),
                           summary=gate.summary(still_open) if still_open else "",
                           check=[word for words in check.values() for word in words])
    return {"open": len(still_open), "html": html}


def _flash_findings(findings) -> None:
    still_open = gate.open_findings(findings)
    if still_open:
        flash("Draft saved. " + gate.summary(still_open), "warning")
    else:
        flash("Draft saved. No identifiers found.", "success")


def _thread_ask() -> threads.Ask:
    """Which window of a thread the URL asks for (junk in any argument is ignored)."""
    args = request.args
    sort = args.get("sort", "oldest")
    return threads.Ask(sort=sort if sort in threads.SORTS else "oldest",
                       after=args.get("after", type=int), before=args.get("before", type=int),
                       focus=args.get("reply", type=int) or args.get("reply_to", type=int),
                       whole=args.get("all") == "1", new=args.get("new") == "1")


def _since(state):
    """Since when replies are "new" on this page (reading.new_since)."""
    return reading.new_since(state, request.args.get("since"))


def _conceals(case, moderator: bool) -> bool:
    """Hidden means hidden: under a case that is not published, members see no replies either
    (moderators see them; drafts and cases in review have none)."""
    return case.status != State.PUBLISHED and not moderator


def _case_page(case, reply_form=None, status=200):
    user = current_user
    moderator = policies.is_moderator(user)
    ask = _thread_ask()
    context = {"case": case, "sort": ask.sort, "whole": ask.whole, "moderator": moderator}
    published = case.status == State.PUBLISHED
    state = reading.reader_state(user, case) if published else None
    if not _conceals(case, moderator):
        context["window"] = threads.read(case, user, moderator, ask, since=_since(state))
    if polls.has_poll(case):
        context["poll"] = polls.results(case, user) if published else None
    context.update(images=figures.shown(case, user, moderator)
                   if state is None or state.has_images else [],
                   image_ticket=figures.upload_ticket(case, user))
    if published:
        context.update(reply_parent=context["window"].reply(request.args.get("reply_to", type=int)),
                       case_voted=state.voted, following=state.following,
                       bookmarked=state.bookmarked,
                       reply_form=_reply_form(case, user, reply_form,
                                              quoting=request.args.get("quote") == "1"))
        if request.method == "GET":
            reading.record_visit(user, case, state)
    if case.author_id == user.id and case.status in (State.DRAFT, State.IN_REVIEW):
        findings = posts.findings(case)
        context.update(panels=_gate_view(case, case.text_fields(), findings),
                       open_count=len(gate.open_findings(findings)),
                       publish_form=forms.PublishForm(version=case.version))
    return render_template("cases/view.html", **context), status


def _reply_form(case, user, form=None, quoting: bool = False):
    own_pseudonymous = case.anonymous and case.author_id == user.id
    if form is None:
        form = forms.ReplyForm()
        # In one's own pseudonymous case the pseudonym is the default (services.post_reply).
        form.anonymous.data = own_pseudonymous
        parent_id = request.args.get("reply_to", type=int)
        quoted = posts.get("reply", parent_id) if quoting and parent_id else None
        if quoted is not None and quoted.case_id == case.id:
            form.body.data = services.quote(quoted)
    form.offer_reveal = own_pseudonymous
    return form


def _window_only(case, window, ask, base: str):
    """Just the replies of a window and the links around it, for the page's script to add to
    the thread it shows ("show more" without reloading the page)."""
    return render_template("cases/window.html", case=case, window=window, sort=ask.sort,
                           whole=ask.whole, base=base)


@bp.route("/cases/<int:case_id>")
def view(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    if request.args.get("fragment") == "1":
        moderator = policies.is_moderator(current_user)
        if _conceals(case, moderator):
            abort(404)
        ask = _thread_ask()
        window = threads.read(case, current_user, moderator, ask, since=_since(None))
        return _window_only(case, window, ask, url_for("cases.view", case_id=case.id))
    return _case_page(case)


@bp.route("/cases/<int:case_id>/edit", methods=["GET", "POST"])
@limits.apply("posting")
def edit(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    policies.require(policies.can_edit(case, current_user))
    form = forms.CaseForm(obj=case)
    if case.status == State.PUBLISHED:
        form.save.label.text = "Save changes"  # a published case has no draft to save
    if request.method == "GET":
        form.specialty.data = case.specialties
    panels = []
    if form.validate_on_submit() and request.form.get("replace_one"):
        panels = _replace_one(case, form, services.case_text(form.to_input()))
    elif form.validate_on_submit():
        try:
            services.update_case(case, current_user, form.to_input(),
                                 apply_suggestions=bool(form.apply_all.data),
                                 version=form.version.data)
        except services.GateBlocked as exc:
            _error(form, exc)
            panels = _gate_view(case, exc.fields, exc.findings)
        except services.CaseError as exc:
            _error(form, exc)
        else:
            if case.status == State.PUBLISHED:
                flash("Your changes are published; the previous text is kept in the history.",
                      "success")
            else:
                _flash_findings(posts.findings(case))
            return redirect(url_for("cases.view", case_id=case.id))
    elif case.status != State.PUBLISHED and request.method == "GET":
        panels = _gate_view(case, case.text_fields(), posts.findings(case))
    status = 422 if form.errors or form.form_errors else 200
    return render_template("cases/edit.html", form=form, case=case, panels=panels), status


@bp.route("/cases/<int:case_id>/findings/apply", methods=["POST"])
def apply_suggestion(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    policies.require(policies.can_edit(case, current_user))
    _apply_fix(case)
    return redirect(url_for("cases.view", case_id=case.id) + "#findings")


def _apply_fix(post) -> None:
    form = forms.FindingForm()
    if form.validate_on_submit():
        whole = form.field.data == "*"
        _attempt(lambda: posts.apply_suggestion(
            post, current_user, form.version.data, None if whole else form.field.data,
            form.start.data, form.end.data, form.text.data), "Replaced.", "success")
    else:
        flash("That fix could not be applied; reload the page.", "error")


def _dismiss(post, done: str) -> None:
    form = forms.DismissForm()
    if form.validate_on_submit():
        _attempt(lambda: posts.dismiss_finding(
            post, current_user, form.version.data, form.field.data, form.category.data,
            form.text.data, form.reason.data), done, "warning")
    else:
        flash("Give a reason (at most 500 characters) to dismiss a finding.", "error")


@bp.route("/cases/<int:case_id>/findings/dismiss", methods=["POST"])
def dismiss_finding(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    policies.require(policies.can_edit(case, current_user))
    _dismiss(case, "Finding dismissed. Because of it, a moderator reviews the case before it "
                   "is published.")
    return redirect(url_for("cases.view", case_id=case.id) + "#findings")


@bp.route("/cases/<int:case_id>/publish", methods=["POST"])
@limits.apply("posting")
def publish(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    policies.require(policies.can_edit(case, current_user))
    form = forms.PublishForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        state = posts.publish(case, current_user, form.version.data, bool(form.attest.data))
    except services.CaseError as exc:
        flash(f"Not published. {exc}", "error")
        return _case_page(policies.get_case_or_404(case_id, current_user), status=422)
    if state == State.PUBLISHED:
        flash("Published.", "success")
    else:
        flash("Sent to a moderator for review; you will be notified.", "warning")
    return redirect(url_for("cases.view", case_id=case_id))


@bp.route("/cases/<int:case_id>/history")
def history(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    policies.require(policies.can_see_history(case.author_id, current_user))
    return render_template("cases/history.html", case=case, reply=None,
                           revisions=services.revisions_of(case))


def _wants_helpful() -> bool:
    """helpful=0 undoes a vote; anything else (or nothing, as older pages send) casts it."""
    return request.form.get("helpful") != "0"


@bp.route("/cases/<int:case_id>/helpful", methods=["POST"])
def vote(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    if forms.EmptyForm().validate_on_submit():
        _attempt(lambda: services.vote_case(case, current_user, _wants_helpful()))
    return redirect(url_for("cases.view", case_id=case.id))


@bp.route("/cases/<int:case_id>/follow", methods=["POST"])
def follow(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    form = forms.FollowForm()
    if form.validate_on_submit():
        services.set_follow(case, current_user, form.wanted)
        flash("You follow this case." if form.wanted else "You no longer follow this case.",
              "success")
    return redirect(url_for("cases.view", case_id=case.id))


@bp.route("/cases/<int:case_id>/poll/vote", methods=["POST"])
def poll_vote(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    form = forms.PollVoteForm()
    if not form.validate_on_submit():
        flash("Choose one of the options.", "error")
    else:
        try:
            polls.vote(case, current_user, form.option.data)
        except services.CaseError as exc:
            flash(str(exc), "error")
        else:
            flash("Your vote is counted.", "success")
    return redirect(url_for("cases.view", case_id=case.id) + "#poll-question")


@bp.route("/cases/<int:case_id>/poll/close", methods=["POST"])
def poll_close(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    try:
        polls.close(case, current_user)
    except services.CaseError as exc:
        flash(str(exc), "error")
    else:
        flash("The poll is closed; everyone now sees the results.", "success")
    return redirect(url_for("cases.view", case_id=case.id) + "#poll-question")


@bp.route("/members/<handle>")
def profile(handle):
    found = profiles.get(handle)
    if found is None:
        abort(404)
    return render_template("cases/profile.html", profile=found)


@bp.route("/members/mentions")
@limits.apply("mention_lookup", methods=("GET",))
@answers_json
def mention_suggestions():
    """JSON for the editor's @ completion (typing a handle by hand works without it)."""
    return {"members": profiles.suggest(request.args.get("q", "")[:40])}


@bp.route("/cases/<int:case_id>/resolve", methods=["POST"])
@limits.apply("posting")
def resolve(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    form = forms.OutcomeForm()
    if form.validate_on_submit():
        try:
            outcomes.resolve(case, current_user, form.final_diagnosis.data, form.version.data)
        except services.CaseError as exc:
            flash(str(exc), "error")
        else:
            flash("The case is marked resolved; followers are told.", "success")
    else:
        flash("Write the final diagnosis.", "error")
    return redirect(url_for("cases.view", case_id=case.id) + "#outcome")


@bp.route("/cases/<int:case_id>/reopen", methods=["POST"])
def reopen(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    if forms.EmptyForm().validate_on_submit():
        _attempt(lambda: outcomes.reopen(case, current_user))
    return redirect(url_for("cases.view", case_id=case.id) + "#outcome")


@bp.route("/cases/<int:case_id>/bookmark", methods=["POST"])
def bookmark(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    form = forms.BookmarkForm()
    if form.validate_on_submit():
        _attempt(lambda: reading.set_bookmark(case, current_user, form.wanted))
    return redirect(url_for("cases.view", case_id=case.id))


@bp.route("/bookmarks")
def bookmarks():
    page = page_number()
    cases, has_next = reading.bookmarks(current_user, page)
    return render_template("cases/bookmarks.html", cases=cases, page=page, has_next=has_next)


@bp.route("/cases/subscriptions", methods=["GET", "POST"])
def subscriptions():
    form = forms.SubscriptionsForm()
    if request.method == "GET":
        form.specialties.data = sorted(services.subscriptions(current_user))
    if form.validate_on_submit():
        try:
            services.set_subscriptions(current_user, form.specialties.data or [])
        except services.CaseError as exc:
            _error(form, exc)
        else:
            flash("Saved.", "success")
            return redirect(url_for("cases.subscriptions"))
    return render_template("cases/subscriptions.html", form=form)


@bp.route("/welcome", methods=["GET", "POST"])
def welcome_page():
    if not welcome.is_due(current_user):
        return redirect(url_for("cases.feed"))
    form = forms.WelcomeForm()
    if request.method == "POST" and request.form.get("skip"):
        if forms.Form().validate_on_submit():  # the CSRF token alone
            welcome.finish(current_user)
            flash("Welcome to clinnet. Specialties and e-mail are under your account whenever "
                  "you want them.", "success")
            return redirect(url_for("cases.feed"))
    elif form.validate_on_submit():
        try:
            welcome.finish(current_user, form.specialties.data or [], form.frequency.data)
        except services.CaseError as exc:
            _error(form, exc)
        else:
            flash("Welcome to clinnet. Your choices are saved.", "success")
            return redirect(url_for("cases.feed"))
    if not form.is_submitted():
        form.specialties.data = welcome.suggested_specialties(current_user)
        form.frequency.data = emails.frequency_of(current_user.id)
    status = 422 if form.errors or form.form_errors else 200
    return render_template("cases/welcome.html", form=form), status


# --- replies ---------------------------------------------------------------------------------

@bp.route("/cases/<int:case_id>/replies", methods=["POST"])
@limits.apply("posting")
def post_reply(case_id):
    case = policies.get_case_or_404(case_id, current_user)
    form = forms.ReplyForm()
    if form.validate_on_submit():
        try:
            reply = services.post_reply(case, current_user, form.body.data,
                                        form.parent_id.data, form.anonymous.data,
                                        form.reveal.data, update=form.update.data,
                                        draft=form.add_image.data)
        except services.CaseError as exc:
            _error(form, exc)
        else:
            if form.add_image.data:
                flash("Your reply is kept as a draft: add the image, then post the reply from "
                      "its page.", "info")
                return redirect(url_for("images.upload_form",
                                        ticket=figures.upload_ticket(reply, current_user)))
            if reply.status == State.PUBLISHED:
                flash("Reply posted.", "success")
                return redirect(services.reply_url(reply))
            if reply.status == State.IN_REVIEW:
                flash("Your reply waits for a moderator's review.", "warning")
                return redirect(services.reply_url(reply))
            flash("Not posted yet. " + gate.summary(posts.findings(reply)),
                  "warning")
            return redirect(url_for("cases.edit_reply", reply_id=reply.id))
    if case.status != State.PUBLISHED:
        flash("You can reply only to a published case.", "error")
    return _case_page(case, reply_form=form, status=422)


@bp.route("/cases/<int:case_id>/replies/<int:reply_id>")
def thread(case_id, reply_id):
    """Permalink of a reply and the "continue this thread" page: the subtree under it."""
    case = policies.get_case_or_404(case_id, current_user)
    reply = policies.get_reply_or_404(reply_id, current_user)
    if reply.case_id != case.id:
        abort(404)
    moderator = policies.is_moderator(current_user)
    if _conceals(case, moderator):
        abort(404)  # hidden means hidden: a hidden case's replies are not shown either
    ask = _thread_ask()
    window = threads.read(case, current_user, moderator, ask, root=reply)
    base = url_for("cases.thread", case_id=case.id, reply_id=reply.id)
    if request.args.get("fragment") == "1":
        return _window_only(case, window, ask, base)
    reply_to = request.args.get("reply_to", type=int)
    parent = window.reply(reply_to) if reply_to else (
        reply if reply.status == State.PUBLISHED else None)
    return render_template("cases/thread.html", case=case, root=reply, window=window,
                           reply_parent=parent,
                           sort=ask.sort, whole=ask.whole, moderator=moderator, base=base,
                           reply_form=forms.ReplyForm())


@bp.route("/replies/<int:reply_id>/edit", methods=["GET", "POST"])
@limits.apply("posting")
def edit_reply(reply_id):
    reply = policies.get_reply_or_404(reply_id, current_user)
    policies.require(policies.can_edit_reply(reply, current_user))
    form = forms.EditReplyForm(obj=reply)
    panels = []
    if form.validate_on_submit() and request.form.get("replace_one"):
        panels = _replace_one(reply, form, {"body": form.body.data or ""})
    elif form.validate_on_submit():
        try:
            services.edit_reply(reply, current_user, form.body.data,
                                apply_suggestions=bool(form.apply_all.data),
                                version=form.version.data)
        except services.GateBlocked as exc:
            _error(form, exc)
            panels = _gate_view(reply, exc.fields, exc.findings)
        except services.CaseError as exc:
            _error(form, exc)
        else:
            if reply.status == State.PUBLISHED:
                flash("Reply updated; the previous text is kept in the history.", "success")
                return redirect(services.reply_url(reply))
            _flash_findings(posts.findings(reply))
            return redirect(url_for("cases.edit_reply", reply_id=reply.id))
    findings = []
    if reply.status in (State.DRAFT, State.IN_REVIEW) and not panels:
        findings = posts.findings(reply)
        panels = _gate_view(reply, reply.text_fields(), findings)
    status = 422 if form.errors or form.form_errors else 200
    return render_template("cases/edit_reply.html", form=form, reply=reply, panels=panels,
                           open_count=len(gate.open_findings(findings)),
                           images=figures.shown(reply, current_user, False),
                           image_ticket=figures.upload_ticket(reply, current_user),
                           publish_form=forms.PublishForm(version=reply.version)), status


@bp.route("/replies/<int:reply_id>/findings/apply", methods=["POST"])
def apply_reply_suggestion(reply_id):
    reply = policies.get_reply_or_404(reply_id, current_user)
    policies.require(policies.can_edit_reply(reply, current_user))
    _apply_fix(reply)
    return redirect(url_for("cases.edit_reply", reply_id=reply.id))


@bp.route("/replies/<int:reply_id>/findings/dismiss", methods=["POST"])
def dismiss_reply_finding(reply_id):
    reply = policies.get_reply_or_404(reply_id, current_user)
    policies.require(policies.can_edit_reply(reply, current_user))
    _dismiss(reply, "Finding dismissed; a moderator reviews the reply before it is shown.")
    return redirect(url_for("cases.edit_reply", reply_id=reply.id))


@bp.route("/replies/<int:reply_id>/publish", methods=["POST"])
def publish_reply(reply_id):
    reply = policies.get_reply_or_404(reply_id, current_user)
    policies.require(policies.can_edit_reply(reply, current_user))
    form = forms.PublishForm()
    if not form.validate_on_submit():
        abort(400)
    try:
        state = posts.publish(reply, current_user, form.version.data)
    except services.CaseError as exc:
        flash(f"Not posted. {exc}", "error")
        return redirect(url_for("cases.edit_reply", reply_id=reply.id))
    flash("Reply posted." if state == State.PUBLISHED else
          "Your reply waits for a moderator's review.",
          "success" if state == State.PUBLISHED else "warning")
    return redirect(services.reply_url(reply))


@bp.route("/replies/<int:reply_id>/delete", methods=["POST"])
def delete_reply(reply_id):
    reply = policies.get_reply_or_404(reply_id, current_user)
    policies.require(reply.author_id == current_user.id)
    case_id = reply.case_id
    if forms.EmptyForm().validate_on_submit():
        _attempt(lambda: services.delete_reply(reply, current_user), "Reply deleted.", "success")
    return redirect(url_for("cases.view", case_id=case_id))


@bp.route("/replies/<int:reply_id>/helpful", methods=["POST"])
def vote_reply(reply_id):
    reply = policies.get_reply_or_404(reply_id, current_user)
    if forms.EmptyForm().validate_on_submit():
        _attempt(lambda: services.vote_reply(reply, current_user, _wants_helpful()))
    return redirect(services.reply_url(reply))


@bp.route("/replies/<int:reply_id>/history")
def reply_history(reply_id):
    reply = policies.get_reply_or_404(reply_id, current_user)
    policies.require(policies.can_see_history(reply.author_id, current_user))
    return render_template("cases/history.html", case=reply.case, reply=reply,
                           revisions=services.revisions_of(reply))
