"""Flask extensions, created unbound here and bound to the app in create_app."""

from flask import current_app
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf.csrf import CSRFProtect
from werkzeug.local import LocalProxy

from clinnet.core.db import Base

db = SQLAlchemy(model_class=Base)
migrate = Migrate()
login_manager = LoginManager()
csrf = CSRFProtect()

# Flask-Limiter keeps its storage on the instance, so each app gets its own (bound by
# clinnet.core.limits.init_app); this proxy is the current app's.
limiter = LocalProxy(lambda: current_app.extensions["clinnet.limiter"])
