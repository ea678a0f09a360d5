"""Images on posts: uploaded, stripped, read for burned-in text and faces, masked, served.

`services` is the interface the post life cycle calls; the other modules own one step each
(decode, dicom, ocr, faces, masking, storage) and know nothing about the web or the database.
"""
