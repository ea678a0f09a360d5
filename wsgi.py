from clinnet import create_app

app = create_app()
