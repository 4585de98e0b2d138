// Vercel's edge runtime (a service worker's fetch event) around the same handler.
import { handleStatusCallback } from './handler.js'

addEventListener('fetch', (event) => event.respondWith(handleStatusCallback(event.request)))
