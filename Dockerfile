FROM python:3.11-slim-bookworm
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 BIND=0.0.0.0 PORT=8000
WORKDIR /app
COPY pyproject.toml requirements.lock ./
COPY portal ./portal
COPY events ./events
RUN pip install --no-cache-dir -c requirements.lock .
COPY . .
RUN useradd --create-home multaqa && chown -R multaqa /app
USER multaqa
EXPOSE 8000
CMD ["bin/serve"]
