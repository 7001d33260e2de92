<?php
/**
 * The action document the widgets show: the default action shipped with the plugin, or the
 * site's own document chosen in Settings → HF widgets. Also the checks a document must pass
 * before the settings accept it, and picking a text in a language.
 *
 * @package HF_Widgets
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The default action, as the widgets' build wrote it (data/default-action.json).
 *
 * @return array
 */
function hf_widgets_default_document() {
	static $document = null;
	if ( null === $document ) {
		$file     = defined( 'HF_WIDGETS_DEFAULT_DOCUMENT_FILE' ) ? HF_WIDGETS_DEFAULT_DOCUMENT_FILE : HF_WIDGETS_DIR . 'data/default-action.json';
		$decoded  = is_readable( $file ) ? json_decode( (string) file_get_contents( $file ), true ) : null; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
		$document = is_array( $decoded ) ? $decoded : array(
			'id'    => 'missing',
			'title' => '',
		);
	}
	return $document;
}

/**
 * The document in use on this site and the address the elements load it from (`src`).
 *
 * The site's own document is read from disk (a media-library file or a file under this
 * WordPress's directories), so rendering never makes an HTTP request. If it has become
 * unreadable or invalid since it was saved, the default action is NOT shown in its place: the
 * elements get the `src` and show their error state, and the fallback has no numbers.
 *
 * @return array{document: array|null, src: string}
 */
function hf_widgets_site_document() {
	$settings = hf_widgets_settings();
	if ( 'default' === $settings['source'] ) {
		return array(
			'document' => hf_widgets_default_document(),
			'src'      => '',
		);
	}
	$location = hf_widgets_document_location( $settings );
	if ( is_wp_error( $location ) ) {
		// The file is gone: the elements still get the address saved with it, fail to load it and
		// show their error state (with no src they would show the default action's numbers).
		return array(
			'document' => null,
			'src'      => $settings['document_url'],
		);
	}
	$document = hf_widgets_read_document( $location['file'] );
	return array(
		'document' => is_wp_error( $document ) ? null : $document,
		'src'      => $location['url'],
	);
}

/**
 * Where the site's document is: its file on disk and its public address.
 *
 * @param array $settings The plugin's settings.
 * @return array{file: string, url: string}|WP_Error
 */
function hf_widgets_document_location( $settings ) {
	if ( 'media' === $settings['source'] ) {
		$id   = (int) $settings['attachment_id'];
		$file = $id > 0 ? get_attached_file( $id ) : false;
		if ( ! $file || 'json' !== strtolower( pathinfo( $file, PATHINFO_EXTENSION ) ) ) {
			return new WP_Error( 'hf_widgets_media', __( 'Choose a JSON file from the media library.', 'hf-widgets' ) );
		}
		return array(
			'file' => $file,
			'url'  => (string) wp_get_attachment_url( $id ),
		);
	}
	$file = hf_widgets_same_site_file( $settings['url'] );
	if ( is_wp_error( $file ) ) {
		return $file;
	}
	return array(
		'file' => $file,
		'url'  => $settings['url'],
	);
}

/**
 * The file behind a same-site address of a JSON document, or why there is none.
 *
 * Only addresses under this site's content folder (uploads, themes, plugins) or its home are
 * accepted, and only `.json` files inside those folders: another site could change the numbers
 * a victim reads, and a path with `..` must not reach other files.
 *
 * @param string $url The address as the site owner typed it.
 * @return string|WP_Error
 */
function hf_widgets_same_site_file( $url ) {
	$url = trim( (string) $url );
	if ( '' === $url ) {
		return new WP_Error( 'hf_widgets_url_empty', __( 'Enter the address of the JSON document.', 'hf-widgets' ) );
	}
	$parts = wp_parse_url( $url );
	if ( ! is_array( $parts ) || empty( $parts['host'] ) || empty( $parts['scheme'] ) || ! in_array( strtolower( $parts['scheme'] ), array( 'http', 'https' ), true ) ) {
		return new WP_Error( 'hf_widgets_url_absolute', __( 'The data address must be a full address starting with https:// or http://.', 'hf-widgets' ) );
	}
	$roots = array(
		array( content_url(), WP_CONTENT_DIR ),
		array( home_url(), ABSPATH ),
	);
	foreach ( $roots as $root ) {
		$base = wp_parse_url( $root[0] );
		if ( strtolower( $base['host'] ) !== strtolower( $parts['host'] ) || ( $base['port'] ?? null ) !== ( $parts['port'] ?? null ) ) {
			continue;
		}
		$prefix = rtrim( $base['path'] ?? '', '/' ) . '/';
		$path   = rawurldecode( $parts['path'] ?? '' );
		if ( 0 !== strpos( $path, $prefix ) ) {
			continue;
		}
		$directory = realpath( $root[1] );
		$file      = realpath( $root[1] . '/' . substr( $path, strlen( $prefix ) ) );
		if ( $file && $directory && 0 === strpos( $file, $directory . DIRECTORY_SEPARATOR ) && is_file( $file ) && 'json' === strtolower( pathinfo( $file, PATHINFO_EXTENSION ) ) ) {
			return $file;
		}
	}
	return new WP_Error( 'hf_widgets_url_same_site', __( 'The data address must be a .json file on this site (for example in the media library); documents on other sites are not accepted.', 'hf-widgets' ) );
}

/**
 * Reads and checks a document file.
 *
 * @param string $file Path of a JSON file.
 * @return array|WP_Error The document, or the problems found.
 */
function hf_widgets_read_document( $file ) {
	static $cache = array();
	if ( isset( $cache[ $file ] ) ) {
		return $cache[ $file ];
	}
	$text = is_readable( $file ) ? file_get_contents( $file ) : false; // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	if ( false === $text ) {
		$cache[ $file ] = new WP_Error( 'hf_widgets_unreadable', __( 'The data document could not be read.', 'hf-widgets' ) );
		return $cache[ $file ];
	}
	$cache[ $file ] = hf_widgets_parse_document( $text );
	return $cache[ $file ];
}

/**
 * Parses and checks the text of an action document.
 *
 * @param string $text JSON text.
 * @return array|WP_Error The document, or every problem found (one message each).
 */
function hf_widgets_parse_document( $text ) {
	if ( strlen( $text ) > 512 * 1024 ) {
		return new WP_Error( 'hf_widgets_too_large', __( 'The data document is larger than 512 KB.', 'hf-widgets' ) );
	}
	$document = json_decode( $text, true );
	if ( JSON_ERROR_NONE !== json_last_error() ) {
		/* translators: %s: the JSON parser's message */
		return new WP_Error( 'hf_widgets_json', sprintf( __( 'The data document is not valid JSON: %s.', 'hf-widgets' ), json_last_error_msg() ) );
	}
	$problems = hf_widgets_check_document( $document );
	if ( $problems ) {
		$error = new WP_Error();
		foreach ( $problems as $problem ) {
			$error->add( 'hf_widgets_document', $problem );
		}
		return $error;
	}
	return $document;
}

/**
 * The problems of a decoded document that the fallback depends on, each with the path of the
 * offending field. The elements check the whole document again when they load it.
 *
 * @param mixed $document Decoded JSON.
 * @return string[] Empty when the document can be used.
 */
function hf_widgets_check_document( $document ) {
	if ( ! is_array( $document ) || hf_widgets_is_list( $document ) ) {
		return array( __( 'The data document must be a JSON object.', 'hf-widgets' ) );
	}
	$problems = array();
	/* translators: %s: path of a field in the document, such as hotlines[0].number */
	$missing = __( '%s is required and must be a text.', 'hf-widgets' );
	/* translators: %s: path of a field in the document, such as hotlines[0].number */
	$wrong = __( '%s has the wrong type or value.', 'hf-widgets' );
	if ( ! isset( $document['id'] ) || ! is_string( $document['id'] ) || '' === $document['id'] ) {
		$problems[] = sprintf( $missing, 'id' );
	}
	if ( ! isset( $document['title'] ) || ! hf_widgets_is_text( $document['title'] ) ) {
		$problems[] = sprintf( $missing, 'title' );
	}
	if ( isset( $document['summary'] ) && ! hf_widgets_is_text( $document['summary'] ) ) {
		$problems[] = sprintf( $wrong, 'summary' );
	}
	if ( isset( $document['hotlines'] ) ) {
		if ( ! is_array( $document['hotlines'] ) || ! hf_widgets_is_list( $document['hotlines'] ) ) {
			$problems[] = sprintf( $wrong, 'hotlines' );
		} else {
			foreach ( $document['hotlines'] as $index => $line ) {
				$path = "hotlines[$index]";
				if ( ! is_array( $line ) ) {
					$problems[] = sprintf( $wrong, $path );
					continue;
				}
				if ( ! isset( $line['id'] ) || ! is_string( $line['id'] ) || ! preg_match( '/^[a-z0-9][a-z0-9-]*$/', $line['id'] ) ) {
					$problems[] = sprintf( $wrong, "$path.id" );
				}
				if ( ! isset( $line['name'] ) || ! hf_widgets_is_text( $line['name'] ) ) {
					$problems[] = sprintf( $missing, "$path.name" );
				}
				if ( ! isset( $line['number'] ) || ! is_string( $line['number'] ) || ! preg_match( '/^\+?[0-9]{3,15}$/', $line['number'] ) ) {
					/* translators: %s: path of a field in the document, such as hotlines[0].number */
					$problems[] = sprintf( __( '%s must be a phone number in digits, optionally starting with + (E.164).', 'hf-widgets' ), "$path.number" );
				} elseif ( ! isset( $line['display'] ) || ! is_string( $line['display'] ) || ! hf_widgets_display_dials( $line['display'], $line['number'] ) ) {
					/* translators: %s: path of a field in the document, such as hotlines[0].display */
					$problems[] = sprintf( __( '%s must show the digits that the number dials.', 'hf-widgets' ), "$path.display" );
				}
			}
		}
	}
	if ( isset( $document['beneficiaries'] ) ) {
		if ( ! is_array( $document['beneficiaries'] ) || ! hf_widgets_is_list( $document['beneficiaries'] ) ) {
			$problems[] = sprintf( $wrong, 'beneficiaries' );
		} else {
			foreach ( $document['beneficiaries'] as $index => $group ) {
				if ( ! is_array( $group ) || ! isset( $group['id'], $group['label'] ) || ! is_string( $group['id'] ) || ! hf_widgets_is_text( $group['label'] ) ) {
					$problems[] = sprintf( $wrong, "beneficiaries[$index]" );
				}
			}
		}
	}
	if ( isset( $document['budget'] ) ) {
		$budget = $document['budget'];
		if ( ! is_array( $budget ) || ! isset( $budget['amount'], $budget['currency'] ) || ! is_numeric( $budget['amount'] ) || $budget['amount'] < 0 || ! preg_match( '/^[A-Z]{3}$/', (string) $budget['currency'] ) ) {
			$problems[] = sprintf( $wrong, 'budget' );
		}
	}
	return $problems;
}

/**
 * Whether a value is a text field: a string, or a map from locale to string.
 *
 * @param mixed $value The field.
 */
function hf_widgets_is_text( $value ) {
	if ( is_string( $value ) ) {
		return true;
	}
	if ( ! is_array( $value ) || ! $value || hf_widgets_is_list( $value ) ) {
		return false;
	}
	foreach ( $value as $text ) {
		if ( ! is_string( $text ) ) {
			return false;
		}
	}
	return true;
}

/**
 * Whether the digits a hotline shows are those it dials, allowing spaces, the trunk 0 and the
 * country code (`011 785 0000` for `+381117850000`).
 *
 * @param string $display What the reader sees.
 * @param string $number  What the link dials.
 */
function hf_widgets_display_dials( $display, $number ) {
	if ( preg_match( '/[^0-9+ ()\/.\-\x{00A0}]/u', $display ) ) {
		return false;
	}
	$shown  = preg_replace( '/[^0-9]/', '', $display );
	$dialed = preg_replace( '/[^0-9]/', '', $number );
	if ( $shown === $dialed ) {
		return true;
	}
	// +381 11 … shown as 011 …: the country code replaced by the trunk 0.
	if ( '+' === substr( $number, 0, 1 ) && '0' === substr( $shown, 0, 1 ) ) {
		for ( $length = 1; $length <= 3; $length++ ) {
			if ( substr( $dialed, $length ) === substr( $shown, 1 ) ) {
				return true;
			}
		}
	}
	return false;
}

/**
 * PHP before 8.1 has no array_is_list().
 *
 * @param array $value An array.
 */
function hf_widgets_is_list( $value ) {
	return array_values( $value ) === $value;
}

/**
 * The text of a field in a language: the exact locale, then the other Serbian script (Latin
 * is made from Cyrillic), then English, then the first one given.
 *
 * @param mixed  $value  A string, or a map from locale to string.
 * @param string $locale `en`, `sr-Cyrl` or `sr-Latn`.
 * @return string
 */
function hf_widgets_text( $value, $locale ) {
	if ( is_string( $value ) ) {
		return $value;
	}
	if ( ! is_array( $value ) || ! $value ) {
		return '';
	}
	if ( isset( $value[ $locale ] ) && is_string( $value[ $locale ] ) ) {
		return $value[ $locale ];
	}
	if ( 'sr-Latn' === $locale && isset( $value['sr-Cyrl'] ) ) {
		return hf_widgets_to_latin( $value['sr-Cyrl'] );
	}
	if ( 'sr-Cyrl' === $locale && isset( $value['sr'] ) ) {
		return $value['sr'];
	}
	if ( isset( $value['en'] ) && is_string( $value['en'] ) ) {
		return $value['en'];
	}
	$first = reset( $value );
	return is_string( $first ) ? $first : '';
}

/**
 * Serbian Cyrillic to Latin. Љ, Њ and Џ become LJ, NJ, DŽ in all-caps words, else Lj, Nj, Dž.
 *
 * @param string $text Cyrillic text.
 * @return string
 */
function hf_widgets_to_latin( $text ) {
	static $letters = array(
		'А' => 'A', 'Б' => 'B', 'В' => 'V', 'Г' => 'G', 'Д' => 'D', 'Ђ' => 'Đ', 'Е' => 'E', 'Ж' => 'Ž', 'З' => 'Z', 'И' => 'I', // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.ArrayItemNoNewLine -- a table.
		'Ј' => 'J', 'К' => 'K', 'Л' => 'L', 'М' => 'M', 'Н' => 'N', 'О' => 'O', 'П' => 'P', 'Р' => 'R', 'С' => 'S', 'Т' => 'T', // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.ArrayItemNoNewLine -- a table.
		'Ћ' => 'Ć', 'У' => 'U', 'Ф' => 'F', 'Х' => 'H', 'Ц' => 'C', 'Ч' => 'Č', 'Ш' => 'Š', // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.ArrayItemNoNewLine -- a table.
		'а' => 'a', 'б' => 'b', 'в' => 'v', 'г' => 'g', 'д' => 'd', 'ђ' => 'đ', 'е' => 'e', 'ж' => 'ž', 'з' => 'z', 'и' => 'i', // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.ArrayItemNoNewLine -- a table.
		'ј' => 'j', 'к' => 'k', 'л' => 'l', 'љ' => 'lj', 'м' => 'm', 'н' => 'n', 'њ' => 'nj', 'о' => 'o', 'п' => 'p', 'р' => 'r', // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.ArrayItemNoNewLine -- a table.
		'с' => 's', 'т' => 't', 'ћ' => 'ć', 'у' => 'u', 'ф' => 'f', 'х' => 'h', 'ц' => 'c', 'ч' => 'č', 'џ' => 'dž', 'ш' => 'š', // phpcs:ignore WordPress.Arrays.ArrayDeclarationSpacing.ArrayItemNoNewLine -- a table.
	);
	static $double = array(
		'Љ' => array( 'Lj', 'LJ' ),
		'Њ' => array( 'Nj', 'NJ' ),
		'Џ' => array( 'Dž', 'DŽ' ),
	);
	// Capitals followed by another capital (or standing in an all-caps word) take the all-caps form.
	$text = preg_replace_callback(
		'/[ЉЊЏ](?=\p{Lu})|(?<=\p{Lu})[ЉЊЏ]/u',
		static function ( $match ) use ( $double ) {
			return $double[ $match[0] ][1];
		},
		$text
	);
	return strtr( $text, $letters + array_map( 'current', $double ) );
}
